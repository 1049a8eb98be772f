package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * The account {@code userId} no longer acts as the participant: it loses access to the
 * trajectory. An account is never replaced silently; linking another one comes after this.
 */
@Revision("1")
public record ParticipantAccountUnlinked(UUID trajectoryId, UUID participantId, String userId, String reason)
        implements InvolvementEvent {
}
