package nl.oneplan.command.trajectory.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record CompleteAgreement(@TargetAggregateIdentifier UUID trajectoryId, int agreementNumber, LocalDate completedOn) {
}
