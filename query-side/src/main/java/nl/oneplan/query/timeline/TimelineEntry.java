package nl.oneplan.query.timeline;

import java.time.Instant;

/** One event of a trajectory in plain words: when, who, what. */
public record TimelineEntry(long sequenceNumber, Instant at, String event, Who who, String what,
                            String correlationId) {

    /** The acting user as the server knew them when the event happened; null for events without one. */
    public record Who(String userId, String name, String roles, String organisation) {
    }
}
