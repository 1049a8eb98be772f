package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record ClosureProposed(UUID trajectoryId, ClosureReason reason, LocalDate proposedOn, String note)
        implements LifecycleEvent {
}
