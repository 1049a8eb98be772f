package nl.oneplan.command.trajectory.involvement;

import nl.oneplan.command.trajectory.InputChecks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record WithdrawParticipant(@TargetAggregateIdentifier UUID trajectoryId, UUID participantId,
                                  LocalDate withdrawnOn, String reason) {

    public WithdrawParticipant {
        InputChecks in = new InputChecks();
        in.present(participantId, "participantId");
        reason = in.optional(reason, "reason", InputChecks.DESCRIPTION);
        in.present(withdrawnOn, "withdrawnOn");
        in.done();
    }
}
