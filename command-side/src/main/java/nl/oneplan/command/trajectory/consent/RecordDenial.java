package nl.oneplan.command.trajectory.consent;

import nl.oneplan.events.Category;
import nl.oneplan.events.Recipient;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record RecordDenial(@TargetAggregateIdentifier UUID trajectoryId, UUID denialId, List<UUID> aboutMemberIds,
                           List<UUID> decidedByMemberIds, Recipient recipient, List<Category> categories,
                           Instant effectiveFrom) {
}
