package nl.oneplan.command.trajectory.plan;

import nl.oneplan.command.trajectory.InputChecks;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record CompleteAgreement(@TargetAggregateIdentifier UUID trajectoryId, int agreementNumber,
                                LocalDate completedOn) {

    public CompleteAgreement {
        InputChecks in = new InputChecks();
        in.present(completedOn, "completedOn");
        in.done();
    }
}
