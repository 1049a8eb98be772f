package nl.oneplan.query.api;

import nl.oneplan.events.ActingUser;
import nl.oneplan.query.access.TrajectoryReadPolicy.Part;
import nl.oneplan.query.access.TrajectoryReadPolicy;
import nl.oneplan.query.plan.PlanViewRepository;
import nl.oneplan.query.timeline.TimelineRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Read-your-own-writes for clients of the eventually consistent query side. The command API
 * answers every accepted command with a token {@code <trajectoryId>:<version>}; a query that
 * sends it back waits here until the read model contains that version of that trajectory, or
 * fails with {@link NotCaughtUpException} after the configured timeout. A trajectory the caller
 * may not read never becomes visible, so the answer is the same as for one that does not exist.
 */
@Component
class ConsistencyGate {

    static final String HEADER = "OnePlan-Consistency-Token";
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final PlanViewRepository plans;
    private final TimelineRepository timelines;
    private final TrajectoryReadPolicy policy;
    private final Duration timeout;

    ConsistencyGate(PlanViewRepository plans, TimelineRepository timelines, TrajectoryReadPolicy policy,
                    @Value("${oneplan.query.consistency-timeout:PT5S}") Duration timeout) {
        this.plans = plans;
        this.timelines = timelines;
        this.policy = policy;
        this.timeout = timeout;
    }

    /** Returns once the token's version is visible to the user; a null or blank token does not wait. */
    void await(String token, Part part, ActingUser user) {
        if (token == null || token.isBlank()) {
            return;
        }
        Token awaited = Token.parse(token.strip());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (visibleVersion(awaited.trajectoryId(), part, user) < awaited.version()) {
            if (System.nanoTime() - deadline >= 0) {
                throw new NotCaughtUpException(timeout);
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /** Whether the token's version is visible to the user now; the token as the caller sent it. */
    boolean visible(String token, Part part, ActingUser user) {
        Token awaited = Token.parse(token.strip());
        return visibleVersion(awaited.trajectoryId(), part, user) >= awaited.version();
    }

    Duration timeout() {
        return timeout;
    }

    private long visibleVersion(UUID trajectoryId, Part part, ActingUser user) {
        long version = part == Part.TIMELINE ? timelines.version(trajectoryId) : plans.version(trajectoryId);
        return version >= 0 && policy.mayRead(user, part, trajectoryId) ? version : -1;
    }

    private record Token(UUID trajectoryId, long version) {
        static Token parse(String token) {
            int colon = token.lastIndexOf(':');
            try {
                if (colon > 0) {
                    return new Token(UUID.fromString(token.substring(0, colon)),
                            Long.parseLong(token.substring(colon + 1)));
                }
            } catch (IllegalArgumentException malformed) {
                throw new InvalidConsistencyTokenException(token);
            }
            throw new InvalidConsistencyTokenException(token);
        }
    }

    static class NotCaughtUpException extends RuntimeException {
        NotCaughtUpException(Duration timeout) {
            super("the view did not reach the requested version within " + timeout.toMillis() + " ms");
        }
    }

    static class InvalidConsistencyTokenException extends RuntimeException {
        InvalidConsistencyTokenException(String token) {
            super("'" + token + "' is not a consistency token (<trajectoryId>:<version>)");
        }
    }
}
