package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** A participant left the trajectory: no new agreements, and their account no longer acts on it. */
@Revision("1")
public record ParticipantWithdrawn(UUID trajectoryId, UUID participantId, LocalDate withdrawnOn, String reason)
        implements InvolvementEvent {
}
