package nl.oneplan.command.trajectory.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record CancelAgreement(@TargetAggregateIdentifier UUID trajectoryId, int agreementNumber, String reason) {
}
