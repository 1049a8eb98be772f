package nl.oneplan.command.trajectory.involvement;

import nl.oneplan.events.NetworkCategory;
import nl.oneplan.events.ParticipantKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.DayOfWeek;
import java.util.Set;
import java.util.UUID;

public record InvolveParticipant(@TargetAggregateIdentifier UUID trajectoryId, UUID participantId,
                                 ParticipantKind kind, String name, NetworkCategory networkCategory,
                                 String organisation, String function, String relation, String email,
                                 String phone, Set<DayOfWeek> reachableDays, String userId) {
}
