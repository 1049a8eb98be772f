package nl.oneplan.command.trajectory.involvement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record UnlinkParticipantAccount(@TargetAggregateIdentifier UUID trajectoryId, UUID participantId,
                                       String reason) {
}
