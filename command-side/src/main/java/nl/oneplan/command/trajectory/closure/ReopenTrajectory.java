package nl.oneplan.command.trajectory.closure;

import nl.oneplan.command.trajectory.InputChecks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record ReopenTrajectory(@TargetAggregateIdentifier UUID trajectoryId, LocalDate reopenedOn, String reason) {

    public ReopenTrajectory {
        InputChecks in = new InputChecks();
        reason = in.required(reason, "reason", InputChecks.DESCRIPTION);
        in.present(reopenedOn, "reopenedOn");
        in.done();
    }
}
