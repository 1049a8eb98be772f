package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** "The school must never see the safety concerns": a denial wins over any permit. */
@Revision("1")
public record DenialRecorded(UUID trajectoryId, UUID denialId, List<UUID> aboutMemberIds,
                             List<UUID> decidedByMemberIds, Recipient recipient, List<Category> categories,
                             Instant effectiveFrom) implements ConsentEvent {
}
