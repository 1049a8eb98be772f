package nl.oneplan.command.trajectory.involvement;

import nl.oneplan.command.trajectory.InputChecks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record LinkParticipantAccount(@TargetAggregateIdentifier UUID trajectoryId, UUID participantId,
                                     String userId) {

    public LinkParticipantAccount {
        InputChecks in = new InputChecks();
        in.present(participantId, "participantId");
        userId = in.required(userId, "userId", InputChecks.SHORT);
        in.done();
    }
}
