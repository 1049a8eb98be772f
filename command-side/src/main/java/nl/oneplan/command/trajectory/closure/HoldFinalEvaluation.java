package nl.oneplan.command.trajectory.closure;

import nl.oneplan.command.trajectory.InputChecks;
import java.util.ArrayList;
import nl.oneplan.events.GoalResult;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record HoldFinalEvaluation(@TargetAggregateIdentifier UUID trajectoryId, LocalDate heldOn, String wentWell,
                                  String couldBeBetter, List<GoalResult> goalResults, Boolean familyJudgesEnough,
                                  String futurePerspective, List<UUID> memberIds, List<UUID> participantIds) {

    public HoldFinalEvaluation {
        InputChecks in = new InputChecks();
        in.present(familyJudgesEnough, "familyJudgesEnough");
        wentWell = in.optional(wentWell, "wentWell", InputChecks.LONG);
        couldBeBetter = in.optional(couldBeBetter, "couldBeBetter", InputChecks.LONG);
        futurePerspective = in.optional(futurePerspective, "futurePerspective", InputChecks.LONG);
        in.present(heldOn, "heldOn");
        List<GoalResult> results = new ArrayList<>();
        for (GoalResult result : goalResults == null ? List.<GoalResult>of() : goalResults) {
            if (in.present(result, "goalResults") != null) {
                results.add(new GoalResult(result.goalNumber(),
                        in.required(result.result(), "goalResults.result", InputChecks.DESCRIPTION)));
            }
        }
        goalResults = List.copyOf(results);
        in.done();
    }
}
