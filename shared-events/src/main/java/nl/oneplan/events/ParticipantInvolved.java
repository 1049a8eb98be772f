package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.DayOfWeek;
import java.util.Set;
import java.util.UUID;

/**
 * Someone became involved in the trajectory: a network person (with a network category) or a
 * professional (with organisation and function).
 */
@Revision("1")
public record ParticipantInvolved(UUID trajectoryId, UUID participantId, ParticipantKind kind, String name,
                                  NetworkCategory networkCategory, String organisation, String function,
                                  String relation, String email, String phone, Set<DayOfWeek> reachableDays)
        implements InvolvementEvent {
}
