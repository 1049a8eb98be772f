package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.util.UUID;

@Revision("1")
public record CoordinationArrangementRecorded(UUID trajectoryId, ArrangementKind kind, String description)
        implements InvolvementEvent {
}
