package nl.oneplan.command.trajectory.closure;

import nl.oneplan.command.trajectory.InputChecks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record CloseTrajectory(@TargetAggregateIdentifier UUID trajectoryId, LocalDate closedOn, String explanation) {

    public CloseTrajectory {
        InputChecks in = new InputChecks();
        explanation = in.optional(explanation, "explanation", InputChecks.DESCRIPTION);
        in.present(closedOn, "closedOn");
        in.done();
    }
}
