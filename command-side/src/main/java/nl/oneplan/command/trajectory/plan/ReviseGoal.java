package nl.oneplan.command.trajectory.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record ReviseGoal(@TargetAggregateIdentifier UUID trajectoryId, int goalNumber, String description,
                         LocalDate plannedEndDate, List<UUID> memberIds) {
}
