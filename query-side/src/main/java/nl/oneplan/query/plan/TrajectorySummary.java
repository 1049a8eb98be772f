package nl.oneplan.query.plan;

import java.time.LocalDate;
import java.util.UUID;

/** One line of the trajectory list. */
public record TrajectorySummary(UUID trajectoryId, String familyName, String municipality, String coordinator,
                                LocalDate openedOn, String status, long version) {
}
