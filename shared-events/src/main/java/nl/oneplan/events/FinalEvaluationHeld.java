package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The closing evaluation with the family: how the cooperation went, what each goal came to, the
 * family's own judgement whether this is enough for now, and a perspective beyond the goals.
 */
@Revision("1")
public record FinalEvaluationHeld(UUID trajectoryId, LocalDate heldOn, String wentWell, String couldBeBetter,
                                  List<GoalResult> goalResults, boolean familyJudgesEnough,
                                  String futurePerspective, List<UUID> memberIds, List<UUID> participantIds)
        implements LifecycleEvent {
}
