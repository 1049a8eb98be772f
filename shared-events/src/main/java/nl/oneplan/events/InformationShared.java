package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Information about members left the trajectory: to whom, what, why, how and when
 * ({@code sharedAt}, valid time). {@code basis} names the consents that covered it, or
 * {@code statutoryGround} the legal ground instead. {@code parts} are exactly the (member, category)
 * pairs that left: a plan copy shares each goal only about the members it concerns. Revision 1
 * had a free-text purpose and no parts (every member with every category); it is upcast so.
 */
@Revision("2")
public record InformationShared(UUID trajectoryId, UUID disclosureId, Recipient recipient,
                                List<UUID> aboutMemberIds, List<Category> categories, Purpose purpose,
                                DisclosureChannel channel, Instant sharedAt, List<ConsentReference> basis,
                                StatutoryGround statutoryGround,
                                List<DisclosedPart> parts) implements ConsentEvent {
}
