package nl.oneplan.events;

import java.util.UUID;

/**
 * A reference to a party of the trajectory: a participant or a member by id, or the coordinator
 * together with the family (no id), who own the two standard agreements.
 */
public record PartyRef(PartyKind kind, UUID id) {

    public static PartyRef participant(UUID participantId) {
        return new PartyRef(PartyKind.PARTICIPANT, participantId);
    }

    public static PartyRef member(UUID memberId) {
        return new PartyRef(PartyKind.MEMBER, memberId);
    }

    public static PartyRef coordinatorWithFamily() {
        return new PartyRef(PartyKind.COORDINATOR_WITH_FAMILY, null);
    }
}
