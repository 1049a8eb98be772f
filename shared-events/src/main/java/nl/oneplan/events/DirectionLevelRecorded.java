package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The direction (regie) a member has, overall ({@code lifeDomain} null) or in one life domain.
 * {@code dueToSafetyDecision} marks a level lowered by a safety decision against the family's wish.
 */
@Revision("1")
public record DirectionLevelRecorded(UUID trajectoryId, UUID memberId, LifeDomain lifeDomain, DirectionLevel level,
                                     LocalDate recordedOn, String note, boolean dueToSafetyDecision) {
}
