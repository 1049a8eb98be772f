package nl.oneplan.events;

import java.util.UUID;

/**
 * A member and category a disclosure was not covered for, and why: DENIED, NO_CONSENT, or
 * OTHER_PURPOSE (consent exists for this recipient and category, but not for this purpose).
 */
public record UncoveredPair(UUID memberId, Category category, String reason) {
}
