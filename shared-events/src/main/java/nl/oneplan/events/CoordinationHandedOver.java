package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Coordination passed from one coordinator to another professional, or to the family itself.
 * Families complained that coordinators "suddenly left": whether they were told is recorded.
 */
@Revision("1")
public record CoordinationHandedOver(UUID trajectoryId, PartyRef from, PartyRef to, String reason,
                                     LocalDate handoverDate, boolean familyInformed) implements InvolvementEvent {
}
