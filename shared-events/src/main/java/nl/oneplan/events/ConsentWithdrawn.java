package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** From {@code effectiveAt} on the consent no longer covers sharing; what was shared before stays covered. */
@Revision("1")
public record ConsentWithdrawn(UUID trajectoryId, UUID consentId, Instant effectiveAt) implements ConsentEvent {
}
