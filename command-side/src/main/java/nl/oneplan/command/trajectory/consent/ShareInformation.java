package nl.oneplan.command.trajectory.consent;

import nl.oneplan.events.Category;
import nl.oneplan.events.DisclosureChannel;
import nl.oneplan.events.Purpose;
import nl.oneplan.events.Recipient;
import nl.oneplan.events.StatutoryGround;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record ShareInformation(@TargetAggregateIdentifier UUID trajectoryId, UUID disclosureId, Recipient recipient,
                               List<UUID> aboutMemberIds, List<Category> categories, Purpose purpose,
                               DisclosureChannel channel, Instant sharedAt, StatutoryGround statutoryGround) {
}
