package nl.oneplan.command.trajectory.plan;

import nl.oneplan.command.trajectory.InputChecks;
import nl.oneplan.events.GoalAuthorship;
import nl.oneplan.events.LifeDomain;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record SetGoal(@TargetAggregateIdentifier UUID trajectoryId, String description, LifeDomain lifeDomain,
                      List<UUID> memberIds, LocalDate startDate, LocalDate plannedEndDate,
                      GoalAuthorship formulatedBy) {

    public SetGoal {
        InputChecks in = new InputChecks();
        description = in.required(description, "description", InputChecks.DESCRIPTION);
        in.present(lifeDomain, "lifeDomain");
        in.period(startDate, plannedEndDate);
        in.done();
    }
}
