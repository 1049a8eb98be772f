package nl.oneplan.command.trajectory.consent;

import nl.oneplan.command.trajectory.DomainException;
import nl.oneplan.command.trajectory.ErrorCode;

import nl.oneplan.events.ConsentGiven;
import nl.oneplan.events.ConsentWithdrawn;
import nl.oneplan.events.DenialRecorded;
import nl.oneplan.events.DisclosureRefused;
import nl.oneplan.events.InformationShared;
import nl.oneplan.events.ParticipantInvolved;
import nl.oneplan.events.Recipient;
import nl.oneplan.events.UncoveredPair;
import nl.oneplan.rules.ConsentRule;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The family's consents and denials, in the one consent rule both sides share, and every
 * disclosure and refused attempt by id (repeating one finds the first answer). Part of
 * {@link FamilyTrajectory}: it owns this state and its event-sourcing handlers, and answers the
 * rules about it.
 */
public class ConsentRegister {

    /** A disclosure or refused attempt as far as repeating it needs: to whom, and what was not covered. */
    public record Disclosure(Recipient recipient, List<UncoveredPair> uncovered) {
    }

    private final ConsentRule consents = new ConsentRule();
    private final Map<UUID, Disclosure> disclosures = new HashMap<>();

    /** The consent rule as it stands now, to decide a disclosure or a copy with. */
    public ConsentRule rule() {
        return consents;
    }

    /** A withdrawal of a consent that exists, is not yet withdrawn, and takes effect once it started. */
    public void assertMayWithdraw(UUID consentId, Instant effectiveAt) {
        ConsentGiven consent = consents.consent(consentId).orElseThrow(() ->
                new DomainException(ErrorCode.CONSENT_NOT_FOUND, "consentId", "no consent " + consentId));
        Optional<Instant> withdrawn = consents.withdrawalEffectiveAt(consentId);
        if (withdrawn.isPresent()) {
            throw new DomainException(ErrorCode.CONSENT_ALREADY_WITHDRAWN, "consentId",
                    "consent " + consentId + " was withdrawn as of " + withdrawn.get());
        }
        if (effectiveAt.isBefore(consent.validFrom())) {
            throw new DomainException(ErrorCode.WITHDRAWAL_BEFORE_CONSENT, "effectiveAt",
                    "the consent starts at " + consent.validFrom());
        }
    }

    public UUID assertNewDisclosure(UUID disclosureId) {
        UUID id = disclosureId;
        if (disclosures.containsKey(id)) {
            throw new DomainException(ErrorCode.DISCLOSURE_ALREADY_RECORDED, "disclosureId",
                    "disclosure " + id + " is already recorded");
        }
        return id;
    }

    /** The disclosure or refused attempt recorded under this id, if any. */
    public Optional<Disclosure> earlier(UUID id) {
        return Optional.ofNullable(disclosures.get(id));
    }

    /** How many disclosures and refused attempts there are: numbers each new refused attempt apart. */
    public int attempts() {
        return disclosures.size();
    }

    @EventSourcingHandler
    void on(ParticipantInvolved event, @Timestamp Instant recordedAt) {
        consents.record(event, recordedAt);
    }

    @EventSourcingHandler
    void on(ConsentGiven event, @Timestamp Instant recordedAt) {
        consents.record(event, recordedAt);
    }

    @EventSourcingHandler
    void on(ConsentWithdrawn event, @Timestamp Instant recordedAt) {
        consents.record(event, recordedAt);
    }

    @EventSourcingHandler
    void on(DenialRecorded event, @Timestamp Instant recordedAt) {
        consents.record(event, recordedAt);
    }

    @EventSourcingHandler
    void on(InformationShared event) {
        disclosures.put(event.disclosureId(), new Disclosure(event.recipient(), List.of()));
    }

    @EventSourcingHandler
    void on(DisclosureRefused event) {
        disclosures.put(event.attemptId(), new Disclosure(event.recipient(), event.uncovered()));
    }
}
