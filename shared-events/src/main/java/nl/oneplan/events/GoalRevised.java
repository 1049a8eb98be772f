package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A goal's description, planned end and the members it concerns, as revised. */
@Revision("1")
public record GoalRevised(UUID trajectoryId, int goalNumber, String description, LocalDate plannedEndDate,
                          List<UUID> memberIds) implements PlanEvent {
}
