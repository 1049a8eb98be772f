package nl.oneplan.query.consent;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import nl.oneplan.events.Category;
import nl.oneplan.events.ConsentReference;
import nl.oneplan.events.DisclosedPart;
import nl.oneplan.events.DisclosureChannel;
import nl.oneplan.events.DisclosureRefused;
import nl.oneplan.events.InformationShared;
import nl.oneplan.events.Purpose;
import nl.oneplan.events.Recipient;
import nl.oneplan.events.StatutoryGround;
import nl.oneplan.events.UncoveredPair;
import nl.oneplan.query.consent.ConsentHistory.Recorded;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry of the disclosure ledger, with the fields NEN 7513 and FHIR AuditEvent (BALP) name for
 * a disclosure: entry id, action, time shared and time recorded, the source user, recipient,
 * subjects, data categories, purpose, channel, legal ground and outcome. {@code parts} are the exact
 * (member, category) pairs that left, where a plan copy shared goals only about the members they concern.
 */
public record LedgerEntry(UUID entryId, String action, Instant sharedAt, Instant recordedAt, Source source,
                          Recipient recipient, List<UUID> subjectMemberIds, List<Category> categories,
                          @JsonDeserialize(using = LegacyPurpose.class) Purpose purpose, DisclosureChannel channel, List<ConsentReference> consents,
                          StatutoryGround statutoryGround, String outcome, List<UncoveredPair> uncovered,
                          List<DisclosedPart> parts) {

    /**
     * Entries written before purposes were bound hold the purpose as free text; they read as the
     * upcaster reads the old events: {@code UNSPECIFIED} with that text. Portable across databases,
     * unlike rewriting the stored JSON.
     */
    static final class LegacyPurpose extends JsonDeserializer<Purpose> {
        @Override
        public Purpose deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            if (node.isTextual()) {
                return new Purpose(Purpose.UNSPECIFIED, node.asText());
            }
            return new Purpose(node.path("code").asText(null), node.path("text").isTextual()
                    ? node.path("text").asText() : null);
        }
    }

    /** Who shared: the signed-in user, on behalf of their organisation. */
    public record Source(String userId, String name, String roles, String organisation) {
    }

    static LedgerEntry of(Recorded recorded) {
        Source source = recorded.recordedBy() == null ? null : new Source(recorded.recordedBy().userId(),
                recorded.recordedBy().displayName(), recorded.recordedBy().rolesText(),
                recorded.recordedBy().organisation());
        if (recorded.event() instanceof InformationShared shared) {
            return new LedgerEntry(shared.disclosureId(), "DISCLOSE", shared.sharedAt(), recorded.recordedAt(), source,
                    shared.recipient(), shared.aboutMemberIds(), shared.categories(), shared.purpose(),
                    shared.channel(), shared.basis(), shared.statutoryGround(),
                    shared.statutoryGround() != null ? "SHARED_ON_STATUTORY_GROUND" : "SHARED_UNDER_CONSENT",
                    List.of(), shared.parts());
        }
        DisclosureRefused refused = (DisclosureRefused) recorded.event();
        return new LedgerEntry(refused.attemptId(), "DISCLOSE", refused.sharedAt(), recorded.recordedAt(), source,
                refused.recipient(), refused.aboutMemberIds(), refused.categories(), refused.purpose(),
                refused.channel(), List.of(), null, "REFUSED", refused.uncovered(), List.of());
    }

    public static List<LedgerEntry> of(ConsentHistory history) {
        return history.disclosures().stream().map(LedgerEntry::of).toList();
    }
}
