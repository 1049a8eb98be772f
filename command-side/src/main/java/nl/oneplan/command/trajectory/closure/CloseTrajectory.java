package nl.oneplan.command.trajectory.closure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record CloseTrajectory(@TargetAggregateIdentifier UUID trajectoryId, LocalDate closedOn, String explanation) {
}
