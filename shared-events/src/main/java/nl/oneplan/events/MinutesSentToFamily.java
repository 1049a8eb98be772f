package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** The family reads the minutes first, before anyone else. */
@Revision("1")
public record MinutesSentToFamily(UUID trajectoryId, int roundTableNumber, LocalDate sentOn)
        implements RoundTableEvent {
}
