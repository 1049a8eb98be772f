package nl.oneplan.command.trajectory.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record MarkGoalAchieved(@TargetAggregateIdentifier UUID trajectoryId, int goalNumber, LocalDate achievedOn) {
}
