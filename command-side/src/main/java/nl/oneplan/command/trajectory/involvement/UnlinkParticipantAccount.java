package nl.oneplan.command.trajectory.involvement;

import nl.oneplan.command.trajectory.InputChecks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record UnlinkParticipantAccount(@TargetAggregateIdentifier UUID trajectoryId, UUID participantId,
                                       String reason) {

    public UnlinkParticipantAccount {
        InputChecks in = new InputChecks();
        in.present(participantId, "participantId");
        reason = in.required(reason, "reason", InputChecks.DESCRIPTION);
        in.done();
    }
}
