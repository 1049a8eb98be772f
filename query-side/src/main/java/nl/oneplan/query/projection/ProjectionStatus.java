package nl.oneplan.query.projection;

import java.time.Instant;
import java.util.List;

/**
 * Where a projection (processing group) stands, across every node: per segment who holds it,
 * how far it has read and how far behind the newest event it is. {@code state} sums it up:
 * CAUGHT_UP, CATCHING_UP, REPLAYING, ERROR (a segment failed on this node), NOT_STARTED, or
 * IDLE (the spare slot of a rebuildable projection, stopped until the next rebuild).
 */
public record ProjectionStatus(String name, String state, long head, long position, long lag, int segments,
                               List<Segment> segmentStatus, Instant asOf, List<DeadLetters.DeadLetter> deadLetters) {

    public record Segment(int segment, String owner, Long position, long lag, boolean replaying, boolean error,
                          String errorMessage) {
    }
}
