package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Members (or those with authority over them) permit sharing information about them with a
 * recipient, for the purposes named, from {@code validFrom} (valid time) until {@code validUntil} (null:
 * until withdrawn). When OnePlan learnt of it is the event's own timestamp (recorded time).
 */
@Revision("2")
public record ConsentGiven(UUID trajectoryId, UUID consentId, List<UUID> aboutMemberIds, List<UUID> givenByMemberIds,
                           Recipient recipient, List<Category> categories, List<Purpose> purposes, Instant validFrom,
                           Instant validUntil, ConsentForm form, String documentReference) implements ConsentEvent {
}
