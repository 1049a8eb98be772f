package nl.oneplan.query.access;

import nl.oneplan.events.ActingUser;
import nl.oneplan.events.UserRole;
import nl.oneplan.query.plan.PlanViewRepository;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Who may read what of a trajectory. Professionals read the trajectories they act in as a
 * participant; privacy officers read the summary and history (timeline) of every trajectory but
 * not the plan's contents; analysts and administrators read no trajectory at all.
 */
@Component
public class TrajectoryReadPolicy {

    /** The parts of a trajectory a reader asks for. */
    public enum Part { SUMMARY, PLAN, TIMELINE }

    private final PlanViewRepository views;

    public TrajectoryReadPolicy(PlanViewRepository views) {
        this.views = views;
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
