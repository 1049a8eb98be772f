package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A round table is due this many days after the previous one (or the start); 90 until set. */
@Revision("1")
public record RoundTableIntervalSet(UUID trajectoryId, int days) implements RoundTableEvent {
}
