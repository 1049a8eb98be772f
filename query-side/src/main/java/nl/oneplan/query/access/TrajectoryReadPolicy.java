package nl.oneplan.query.access;

import nl.oneplan.events.ActingUser;
import nl.oneplan.events.UserRole;
import nl.oneplan.query.plan.PlanViewRepository;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * Who may read what of a trajectory, and on which basis. The coordinator (see
 * {@code CoordinatingAccounts}, the same rule the command side changes the plan by) reads the whole
 * plan; every other involved professional reads only their copy: what the family's consent allows
 * them, plus what is theirs. Privacy officers audit every trajectory's history without its
 * contents; analysts and administrators read no trajectory at all.
 */
@Component
public class TrajectoryReadPolicy {

    /** The parts of a trajectory a reader asks for. */
    public enum Part { SUMMARY, PLAN, TIMELINE }

    /** Why a reader may read: the ground the access log records. */
    public enum Basis { COORDINATOR, INVOLVED, AUDIT }

    /** A reader of one trajectory; {@code participantId} is who they are in it (null for an auditor). */
    public record Reader(ActingUser user, Basis basis, UUID participantId) {
        public boolean coordinates() {
            return basis == Basis.COORDINATOR;
        }

        public boolean audits() {
            return basis == Basis.AUDIT;
        }
    }

    private final PlanViewRepository views;

    public TrajectoryReadPolicy(PlanViewRepository views) {
        this.views = views;
    }

    /** The user as a reader of the trajectory, or empty when it does not exist for them. */
    public Optional<Reader> reader(ActingUser user, UUID trajectoryId) {
        if (user == null) {
            return Optional.empty();
        }
        if (user.hasRole(UserRole.PRIVACY_OFFICER)) {
            // Whether the trajectory exists is for the view being read to say: read models catch up at their own pace.
            return Optional.of(new Reader(user, Basis.AUDIT, null));
        }
        if (!user.hasAnyRole(UserRole.COORDINATOR, UserRole.PROFESSIONAL)) {
            return Optional.empty();
        }
        // The plan view holds the accounts that act on it, written with the plan in one transaction.
        return views.find(trajectoryId).flatMap(view -> view.participantOf(user.userId()).map(participant ->
                new Reader(user, view.coordinatedBy(user.userId()) ? Basis.COORDINATOR : Basis.INVOLVED,
                        participant)));
    }

    /** The signed-in user as a reader of the trajectory; to a caller who may not read it, it does not exist. */
    public Reader currentReader(UUID trajectoryId) {
        return reader(CurrentUser.get().orElse(null), trajectoryId)
                .orElseThrow(() -> new TrajectoryNotFoundException(trajectoryId));
    }

    public boolean mayRead(ActingUser user, Part part, UUID trajectoryId) {
        if (user == null) {
            return false;
        }
        if (user.hasRole(UserRole.PRIVACY_OFFICER) && part != Part.PLAN) {
            return true;
        }
        return user.hasAnyRole(UserRole.COORDINATOR, UserRole.PROFESSIONAL)
                && views.isInvolved(trajectoryId, user.userId());
    }

    /** Whether the list shows the user every trajectory rather than only those they act in. */
    public boolean seesAllTrajectories(ActingUser user) {
        return user != null && user.hasRole(UserRole.PRIVACY_OFFICER);
    }

    public boolean mayList(ActingUser user) {
        return user != null && user.hasAnyRole(UserRole.COORDINATOR, UserRole.PROFESSIONAL,
                UserRole.PRIVACY_OFFICER);
    }
}
