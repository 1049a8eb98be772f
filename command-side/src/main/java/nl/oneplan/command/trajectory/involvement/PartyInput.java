package nl.oneplan.command.trajectory.involvement;

import nl.oneplan.command.trajectory.DomainException;
import nl.oneplan.command.trajectory.ErrorCode;
import nl.oneplan.events.PartyRef;

import java.util.UUID;

/** A coordinator named in a request body: exactly one of a participant's id or a member's id. */
final class PartyInput {

    private PartyInput() {
    }

    static PartyRef coordinator(UUID participantId, UUID memberId) {
        if (participantId != null && memberId != null) {
            throw new DomainException(ErrorCode.AMBIGUOUS_REFERENCE, "participantId",
                    "give either participantId or memberId, not both");
        }
        if (participantId != null) {
            return PartyRef.participant(participantId);
        }
        if (memberId != null) {
            return PartyRef.member(memberId);
        }
        throw new DomainException(ErrorCode.FIELD_REQUIRED, "participantId", "participantId or memberId is required");
    }
}
