package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An attempt to share that consent did not cover: nothing was shared, and the attempt is evidence.
 * Revision 1 had a free-text purpose, upcast to {@link Purpose#UNSPECIFIED} with that text.
 */
@Revision("2")
public record DisclosureRefused(UUID trajectoryId, UUID attemptId, Recipient recipient, List<UUID> aboutMemberIds,
                                List<Category> categories, Purpose purpose, DisclosureChannel channel,
                                Instant sharedAt, List<UncoveredPair> uncovered) implements ConsentEvent {
}
