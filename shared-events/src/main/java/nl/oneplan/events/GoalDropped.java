package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** A goal no longer pursued; {@code replacedByGoal} names its successor when the reason is REPLACED. */
@Revision("1")
public record GoalDropped(UUID trajectoryId, int goalNumber, GoalDropReason reason, Integer replacedByGoal,
                          LocalDate droppedOn) implements PlanEvent {
}
