package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record IndicationExtended(UUID trajectoryId, UUID indicationId, LocalDate validUntil) implements CareEvent {
}
