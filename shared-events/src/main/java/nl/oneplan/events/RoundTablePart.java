package nl.oneplan.events;

import java.util.List;
import java.util.UUID;

/**
 * One part of a round table: its topic and who is invited to it. The family decides who sits at
 * the table; a school may join only the part about one child.
 */
public record RoundTablePart(String topic, List<UUID> memberIds, List<UUID> participantIds) {
}
