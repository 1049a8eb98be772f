package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Information about members left the trajectory: to whom, what, why, how and when
 * ({@code sharedAt}, valid time). {@code basis} names the consents that covered it, or
 * {@code statutoryGround} the legal ground instead.
 */
@Revision("1")
public record InformationShared(UUID trajectoryId, UUID disclosureId, Recipient recipient,
                                List<UUID> aboutMemberIds, List<Category> categories, String purpose,
                                DisclosureChannel channel, Instant sharedAt, List<ConsentReference> basis,
                                StatutoryGround statutoryGround) {
}
