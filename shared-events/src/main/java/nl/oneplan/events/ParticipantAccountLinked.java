package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * A participant is known to OnePlan as a user account: the user with this id acts on the
 * trajectory as that participant. Access to a trajectory follows these links.
 */
@Revision("1")
public record ParticipantAccountLinked(UUID trajectoryId, UUID participantId, String userId)
        implements InvolvementEvent {
}
