package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** The family approved the minutes, with the changes it asked for ({@code changedText} null: as drafted). */
@Revision("1")
public record MinutesApprovedByFamily(UUID trajectoryId, int roundTableNumber, LocalDate approvedOn,
                                      String changedText) implements RoundTableEvent {
}
