package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** Opschalen: numbered 1, 2, … per trajectory. */
@Revision("1")
public record Escalated(UUID trajectoryId, int escalationNumber, EscalationLevel to, String reason,
                        LocalDate escalatedOn) {
}
