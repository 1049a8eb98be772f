package nl.oneplan.events;

import java.util.UUID;

/** A member and category a disclosure was not covered for, and why: DENIED or NO_CONSENT. */
public record UncoveredPair(UUID memberId, Category category, String reason) {
}
