package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A goal of the family; {@code memberIds} empty means it concerns the whole family. */
@Revision("1")
public record GoalSet(UUID trajectoryId, int goalNumber, String description, LifeDomain lifeDomain,
                      List<UUID> memberIds, LocalDate startDate, LocalDate plannedEndDate) {
}
