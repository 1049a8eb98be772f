package nl.oneplan.command.trajectory.plan;

import nl.oneplan.command.trajectory.InputChecks;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record MarkGoalAchieved(@TargetAggregateIdentifier UUID trajectoryId, int goalNumber, LocalDate achievedOn) {

    public MarkGoalAchieved {
        InputChecks in = new InputChecks();
        in.present(achievedOn, "achievedOn");
        in.done();
    }
}
