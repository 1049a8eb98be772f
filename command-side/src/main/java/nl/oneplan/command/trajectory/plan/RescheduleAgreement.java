package nl.oneplan.command.trajectory.plan;

import nl.oneplan.command.trajectory.InputChecks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record RescheduleAgreement(@TargetAggregateIdentifier UUID trajectoryId, int agreementNumber,
                                  LocalDate plannedEndDate, String reason) {

    public RescheduleAgreement {
        InputChecks in = new InputChecks();
        in.present(plannedEndDate, "plannedEndDate");
        reason = in.required(reason, "reason", InputChecks.DESCRIPTION);
        in.done();
    }
}
