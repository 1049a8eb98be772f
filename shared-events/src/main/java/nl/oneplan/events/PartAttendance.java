package nl.oneplan.events;

import java.util.List;
import java.util.UUID;

/** Who attended one part of a round table, in the order of the parts. */
public record PartAttendance(List<UUID> memberIds, List<UUID> participantIds) {
}
