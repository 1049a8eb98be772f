package nl.oneplan.command.trajectory.plan;

import nl.oneplan.command.trajectory.InputChecks;
import nl.oneplan.command.trajectory.ErrorCode;
import nl.oneplan.events.GoalDropReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record DropGoal(@TargetAggregateIdentifier UUID trajectoryId, int goalNumber, GoalDropReason reason,
                       Integer replacedByGoal, LocalDate droppedOn) {

    public DropGoal {
        InputChecks in = new InputChecks();
        in.present(reason, "reason");
        replacedByGoal = reason == GoalDropReason.REPLACED ? replacedByGoal : null;
        if (reason == GoalDropReason.REPLACED && replacedByGoal == null) {
            in.refuse(ErrorCode.REPLACEMENT_GOAL_REQUIRED, "replacedByGoal",
                    "name the goal that replaces goal " + goalNumber);
        }
        in.present(droppedOn, "droppedOn");
        in.done();
    }
}
