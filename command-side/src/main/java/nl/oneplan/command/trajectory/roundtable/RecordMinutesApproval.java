package nl.oneplan.command.trajectory.roundtable;

import nl.oneplan.command.trajectory.InputChecks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record RecordMinutesApproval(@TargetAggregateIdentifier UUID trajectoryId, int roundTableNumber,
                                    LocalDate approvedOn, String changedText) {

    public RecordMinutesApproval {
        InputChecks in = new InputChecks();
        in.present(approvedOn, "approvedOn");
        changedText = in.optional(changedText, "changedText", InputChecks.LONG);
        in.done();
    }
}
