package nl.oneplan.command.trajectory.closure;

import nl.oneplan.events.GoalResult;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record HoldFinalEvaluation(@TargetAggregateIdentifier UUID trajectoryId, LocalDate heldOn, String wentWell,
                                  String couldBeBetter, List<GoalResult> goalResults, Boolean familyJudgesEnough,
                                  String futurePerspective, List<UUID> memberIds, List<UUID> participantIds) {
}
