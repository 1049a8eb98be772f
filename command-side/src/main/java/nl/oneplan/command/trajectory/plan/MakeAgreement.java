package nl.oneplan.command.trajectory.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record MakeAgreement(@TargetAggregateIdentifier UUID trajectoryId, Integer goalNumber, UUID who, String what,
                            LocalDate startDate, LocalDate plannedEndDate) {
}
