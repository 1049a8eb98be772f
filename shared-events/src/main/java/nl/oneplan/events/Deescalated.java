package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** Afschalen: how the escalation was resolved. */
@Revision("1")
public record Deescalated(UUID trajectoryId, int escalationNumber, String resolution, LocalDate deescalatedOn)
        implements CareEvent {
}
