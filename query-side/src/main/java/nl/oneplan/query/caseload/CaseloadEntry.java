package nl.oneplan.query.caseload;

import nl.oneplan.events.DirectionLevel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One family on a coordinator's caseload, with what needs attention. {@code attention} lists the
 * reasons in the order the caseload weighs them; families with more come first.
 */
public record CaseloadEntry(UUID trajectoryId, String familyName, String municipality, String status,
                            List<String> attention, LocalDate roundTableDueOn, boolean roundTableOverdue,
                            LocalDateTime nextRoundTable, Long daysSinceLastRoundTable, int overdueAgreements,
                            int indicationsEnding, int openEscalations, int goalsOpen, int goalsAchieved,
                            List<MemberDirection> direction) {

    /** A member's current overall direction level. */
    public record MemberDirection(String member, DirectionLevel level) {
    }
}
