package nl.oneplan.events;

import java.util.UUID;

/** One member and one category that a disclosure contained. */
public record DisclosedPart(UUID memberId, Category category) {
}
