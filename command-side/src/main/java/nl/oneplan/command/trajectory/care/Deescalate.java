package nl.oneplan.command.trajectory.care;

import nl.oneplan.command.trajectory.InputChecks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record Deescalate(@TargetAggregateIdentifier UUID trajectoryId, int escalationNumber, String resolution,
                         LocalDate deescalatedOn) {

    public Deescalate {
        InputChecks in = new InputChecks();
        resolution = in.required(resolution, "resolution", InputChecks.DESCRIPTION);
        in.present(deescalatedOn, "deescalatedOn");
        in.done();
    }
}
