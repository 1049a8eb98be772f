package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A round table took place: who attended each part and what it concluded per goal. Agreements
 * made at the table, goals achieved and goals dropped follow as their own events.
 */
@Revision("1")
public record RoundTableHeld(UUID trajectoryId, int roundTableNumber, LocalDate heldOn,
                             List<PartAttendance> attendance, List<GoalReview> goalReviews) implements RoundTableEvent {
}
