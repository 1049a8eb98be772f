package nl.oneplan.query.projection;

import java.time.Instant;

/**
 * One slot of a slotted projection as stored in {@code projection_slot}: ACTIVE (serves reads),
 * BUILDING (being rebuilt from the first event) or IDLE (its processor stopped). The last
 * build's start, target position, end and outcome stay for its status, as does the slot's last
 * failed batch, and a rebuild a migration asked for.
 */
public record ProjectionSlot(String projection, String slot, String state, int version, Instant buildStartedAt,
                             Long buildTarget, Instant buildFinishedAt, String buildOutcome, String requestedBy,
                             String lastError, Instant lastErrorAt, String rebuildRequested) {

    public static final String ACTIVE = "ACTIVE";
    public static final String BUILDING = "BUILDING";
    public static final String IDLE = "IDLE";

    /** Whether the running build has failed a batch (its processor retries it with a growing delay). */
    public boolean buildFailing() {
        return BUILDING.equals(state) && lastErrorAt != null && buildStartedAt != null
                && !lastErrorAt.isBefore(buildStartedAt);
    }

    public boolean writes() {
        return ACTIVE.equals(state) || BUILDING.equals(state);
    }
}
