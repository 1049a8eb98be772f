package nl.oneplan.command.trajectory.involvement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record LinkParticipantAccount(@TargetAggregateIdentifier UUID trajectoryId, UUID participantId,
                                     String userId) {
}
