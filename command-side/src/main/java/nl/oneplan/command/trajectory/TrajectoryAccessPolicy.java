package nl.oneplan.command.trajectory;

import nl.oneplan.events.ActingUser;
import nl.oneplan.events.PartyKind;
import nl.oneplan.events.PartyRef;
import nl.oneplan.events.UserRole;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who may act on a trajectory. Professionals act only where they are an involved participant,
 * matched by the user account linked to that participant; to anyone else the trajectory does
 * not exist (the same answer as for an unknown id, so ids cannot be probed). The coordinator
 * changes the plan; other professionals act only on their own agreements and disclosures.
 */
final class TrajectoryAccessPolicy {

    private TrajectoryAccessPolicy() {
    }

    static ActingUser assertSignedIn(ActingUser actor) {
        if (actor == null) {
            throw new DomainException(ErrorCode.NOT_SIGNED_IN, "a command needs a signed-in user");
        }
        return actor;
    }

    /** A coordinator opens a trajectory on behalf of their organisation, so their account must name one. */
    static void assertMayOpen(ActingUser actor) {
        if (!assertSignedIn(actor).hasRole(UserRole.COORDINATOR)) {
            throw new DomainException(ErrorCode.ONLY_COORDINATORS_OPEN, "only coordinators open trajectories");
        }
        if (actor.organisation() == null || actor.organisation().isBlank()) {
            throw new DomainException(ErrorCode.ORGANISATION_REQUIRED, "organisation",
                    "your account names no organisation; a coordinator opens a trajectory for an organisation");
        }
    }

    /** The actor is a professional linked to one of the trajectory's participants. */
    static void assertInvolved(ActingUser actor, UUID trajectoryId, Map<UUID, String> accountsByParticipant) {
        assertSignedIn(actor);
        boolean professional = actor.hasAnyRole(UserRole.COORDINATOR, UserRole.PROFESSIONAL);
        if (!professional || !accountsByParticipant.containsValue(actor.userId())) {
            throw new DomainException(ErrorCode.TRAJECTORY_NOT_FOUND, "no trajectory " + trajectoryId);
        }
    }

    /** The coordinator acts on every agreement; another involved professional on the ones they carry. */
    static void assertCoordinatesOrCarries(ActingUser actor, Set<String> coordinatingAccounts, PartyRef carrier,
                                           Map<UUID, String> accountsByParticipant, int agreementNumber) {
        boolean carries = carrier != null && carrier.kind() == PartyKind.PARTICIPANT
                && actor.userId().equals(accountsByParticipant.get(carrier.id()));
        if (!carries && !coordinatingAccounts.contains(actor.userId())) {
            throw new DomainException(ErrorCode.NOT_THE_CARRIER, "agreementNumber",
                    "only the coordinator or whoever carries agreement " + agreementNumber + " changes it");
        }
    }

    /** The actor is one of the accounts that act as the coordinator ({@code CoordinatingAccounts}). */
    static void assertCoordinates(ActingUser actor, Set<String> coordinatingAccounts) {
        if (!coordinatingAccounts.contains(actor.userId())) {
            throw new DomainException(ErrorCode.NOT_THE_COORDINATOR,
                    "only the trajectory's coordinator changes the plan, records consent and links accounts");
        }
    }
}
