package nl.oneplan.command.trajectory.plan;

import nl.oneplan.command.trajectory.InputChecks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record ReviseGoal(@TargetAggregateIdentifier UUID trajectoryId, int goalNumber, String description,
                         LocalDate plannedEndDate, List<UUID> memberIds) {

    public ReviseGoal {
        InputChecks in = new InputChecks();
        description = in.required(description, "description", InputChecks.DESCRIPTION);
        in.present(plannedEndDate, "plannedEndDate");
        in.done();
    }
}
