package nl.oneplan.command.trajectory.involvement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record WithdrawParticipant(@TargetAggregateIdentifier UUID trajectoryId, UUID participantId,
                                  LocalDate withdrawnOn, String reason) {
}
