package nl.oneplan.command.trajectory.involvement;

import nl.oneplan.command.trajectory.NewId;
import nl.oneplan.command.trajectory.InputChecks;
import nl.oneplan.command.trajectory.ErrorCode;
import nl.oneplan.events.NetworkCategory;
import nl.oneplan.events.ParticipantKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.DayOfWeek;
import java.util.Set;
import java.util.UUID;

public record InvolveParticipant(@TargetAggregateIdentifier UUID trajectoryId, @NewId UUID participantId,
                                 ParticipantKind kind, String name, NetworkCategory networkCategory,
                                 String organisation, String function, String relation, String email,
                                 String phone, Set<DayOfWeek> reachableDays, String userId) {

    public InvolveParticipant {
        InputChecks in = new InputChecks();
        in.present(participantId, "participantId");
        in.present(kind, "kind");
        name = in.required(name, "name", InputChecks.NAME);
        organisation = in.optional(organisation, "organisation", InputChecks.SHORT);
        function = in.optional(function, "function", InputChecks.SHORT);
        relation = in.optional(relation, "relation", InputChecks.SHORT);
        email = in.email(email, "email");
        phone = in.phone(phone, "phone");
        userId = in.optional(userId, "userId", InputChecks.SHORT);
        reachableDays = reachableDays == null || reachableDays.isEmpty() ? Set.of() : Set.copyOf(reachableDays);
        if (kind == ParticipantKind.NETWORK) {
            in.present(networkCategory, "networkCategory");
            if (organisation != null) {
                in.refuse(ErrorCode.NOT_FOR_NETWORK_PERSON, "organisation",
                        "a network person has no organisation; use relation instead");
            }
            if (function != null) {
                in.refuse(ErrorCode.NOT_FOR_NETWORK_PERSON, "function",
                        "a network person has no function; use relation instead");
            }
        } else if (kind != null) {
            if (organisation == null) {
                in.refuse(ErrorCode.ORGANISATION_REQUIRED, "organisation", "a professional's organisation is required");
            }
            if (networkCategory != null) {
                in.refuse(ErrorCode.NOT_FOR_PROFESSIONAL, "networkCategory", "a professional has no network category");
            }
        }
        in.done();
    }
}
