package nl.oneplan.query.projection;


import java.time.Instant;

/**
 * Where a projection's latest rebuild stands, for a progress bar: RUNNING (with the share of the
 * events read, events per second and the estimated seconds left), ERROR (running, but a batch
 * failed and is retried with a growing delay; {@code error} says why, the current version keeps
 * serving; cancel to give up), COMPLETED (the new version took over), CANCELLED,
 * or NONE. {@code target} is the newest event when the rebuild started; {@code activeProcessor}
 * is the processing group whose tables reports read.
 */
public record RebuildStatus(String projection, String state, int activeVersion, String activeProcessor,
                            Integer buildingVersion,
                            Instant startedAt, Instant finishedAt, String requestedBy, long target, long position,
                            double percent, double eventsPerSecond, Long secondsLeft, String error,
                            ProjectionStatus processor) {
}
