package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record IndicationEnded(UUID trajectoryId, UUID indicationId, LocalDate endedOn, String reason)
        implements CareEvent {
}
