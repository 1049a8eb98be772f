package nl.oneplan.query.caseload;

import nl.oneplan.events.DirectionLevel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One family on a caseload, with what needs attention. {@code attention} lists the reasons in the
 * order the caseload weighs them; families with more come first. A family the user is involved in
 * without coordinating it ({@code coordinating} false) shows only what is theirs: their own
 * agreements; everything else about it is the coordinator's.
 */
public record CaseloadEntry(UUID trajectoryId, String familyName, String municipality, String status,
                            boolean coordinating,
                            List<String> attention, LocalDate roundTableDueOn, boolean roundTableOverdue,
                            LocalDateTime nextRoundTable, Long daysSinceLastRoundTable, int overdueAgreements,
                            int indicationsEnding, int openEscalations, int goalsOpen, int goalsAchieved,
                            List<MemberDirection> direction) {

    /** A member's current overall direction level. */
    public record MemberDirection(String member, DirectionLevel level) {
    }
}
