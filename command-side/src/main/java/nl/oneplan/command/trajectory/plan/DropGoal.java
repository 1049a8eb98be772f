package nl.oneplan.command.trajectory.plan;

import nl.oneplan.events.GoalDropReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record DropGoal(@TargetAggregateIdentifier UUID trajectoryId, int goalNumber, GoalDropReason reason,
                       Integer replacedByGoal, LocalDate droppedOn) {
}
