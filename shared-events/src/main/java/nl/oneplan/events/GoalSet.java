package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A goal of the family; {@code memberIds} empty means it concerns the whole family.
 * {@code formulatedBy} is null when it was not recorded (revision 1 had no such field).
 */
@Revision("2")
public record GoalSet(UUID trajectoryId, int goalNumber, String description, LifeDomain lifeDomain,
                      List<UUID> memberIds, LocalDate startDate, LocalDate plannedEndDate,
                      GoalAuthorship formulatedBy) implements PlanEvent {
}
