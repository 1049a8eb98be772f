package nl.oneplan.events;

import java.util.UUID;

/** The consent, in the version in force at that moment, that covered a disclosure. */
public record ConsentReference(UUID consentId, int version) {
}
