package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** An indication (beschikking): the care a provider is commissioned to give, and for how long. */
@Revision("1")
public record IndicationRegistered(UUID trajectoryId, UUID indicationId, String careProvider, String kindOfCare,
                                   LocalDate validFrom, LocalDate validUntil) implements CareEvent {
}
