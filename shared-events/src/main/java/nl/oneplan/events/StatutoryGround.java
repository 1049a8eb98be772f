package nl.oneplan.events;

import java.time.Instant;

/**
 * Sharing without consent on a legal ground (the reporting code for domestic violence and child
 * abuse, a court order): who decided, why, and whether and when the family was told, or why not.
 */
public record StatutoryGround(String code, String justification, String decidedBy, Instant familyInformedAt,
                              String familyNotInformedReason) {
}
