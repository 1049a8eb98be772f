package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The direction (regie) a member has, overall ({@code lifeDomain} null) or in one life domain.
 * {@code dueToSafetyDecision} marks a level lowered by a safety decision against the family's wish,
 * {@code safetyDecisionNumber} names that decision; {@code note} is only what the coordinator wrote.
 * Revision 1 put the decision into the note as Dutch text; it is upcast.
 */
@Revision("2")
public record DirectionLevelRecorded(UUID trajectoryId, UUID memberId, LifeDomain lifeDomain, DirectionLevel level,
                                     LocalDate recordedOn, String note, boolean dueToSafetyDecision,
                                     Integer safetyDecisionNumber) implements CareEvent {

    /** A level the coordinator recorded, not lowered by a safety decision. */
    public static DirectionLevelRecorded recorded(UUID trajectoryId, UUID memberId, LifeDomain lifeDomain,
                                                  DirectionLevel level, LocalDate recordedOn, String note) {
        return new DirectionLevelRecorded(trajectoryId, memberId, lifeDomain, level, recordedOn, note, false, null);
    }

    /** The overall level a safety decision leaves a member. */
    public static DirectionLevelRecorded bySafetyDecision(UUID trajectoryId, UUID memberId, DirectionLevel level,
                                                          LocalDate decidedOn, int decisionNumber) {
        return new DirectionLevelRecorded(trajectoryId, memberId, null, level, decidedOn, null, true, decisionNumber);
    }
}
