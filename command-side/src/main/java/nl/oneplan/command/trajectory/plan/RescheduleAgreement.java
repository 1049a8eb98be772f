package nl.oneplan.command.trajectory.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record RescheduleAgreement(@TargetAggregateIdentifier UUID trajectoryId, int agreementNumber,
                                  LocalDate plannedEndDate, String reason) {
}
