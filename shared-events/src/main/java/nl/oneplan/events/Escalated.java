package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Opschalen: numbered 1, 2, … per trajectory, with a coded reason for reports and the case's own
 * words. Revision 2 added the code; revision 1 reads as {@link EscalationReason#NOT_RECORDED}.
 */
@Revision("2")
public record Escalated(UUID trajectoryId, int escalationNumber, EscalationLevel to, EscalationReason reasonCode,
                        String reason, LocalDate escalatedOn) implements CareEvent {
}
