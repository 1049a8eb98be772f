package nl.oneplan.command.trajectory.plan;

import nl.oneplan.command.trajectory.InputChecks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record CancelAgreement(@TargetAggregateIdentifier UUID trajectoryId, int agreementNumber, String reason) {

    public CancelAgreement {
        InputChecks in = new InputChecks();
        reason = in.required(reason, "reason", InputChecks.DESCRIPTION);
        in.done();
    }
}
