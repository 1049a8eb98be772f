package nl.oneplan.query.consent;

import nl.oneplan.events.ActingUser;
import nl.oneplan.events.Category;
import nl.oneplan.events.ConsentGiven;
import nl.oneplan.events.ConsentReference;
import nl.oneplan.events.ConsentWithdrawn;
import nl.oneplan.events.DenialRecorded;
import nl.oneplan.events.DisclosureRefused;
import nl.oneplan.events.InformationShared;
import nl.oneplan.events.ParticipantInvolved;
import nl.oneplan.events.Recipient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The consent history of one trajectory, rebuilt from its events alone, on two time axes: valid
 * time (when a consent started, a withdrawal took effect, information was shared) and recorded
 * time (when OnePlan learnt it: the event's timestamp). It answers what was in force at any
 * moment as known at any moment, and re-evaluates every disclosure without trusting the decision
 * the command side took.
 */
public final class ConsentHistory {

    /** An event with the moment OnePlan recorded it and the user who recorded it. */
    public record Recorded(Object event, Instant recordedAt, ActingUser recordedBy) {
    }

    private record Withdrawal(Instant effectiveAt, Instant recordedAt) {
    }

    private final Map<UUID, ConsentGiven> consents = new LinkedHashMap<>();
    private final Map<UUID, Instant> consentRecordedAt = new HashMap<>();
    private final Map<UUID, Withdrawal> withdrawals = new HashMap<>();
    private final List<Recorded> denials = new ArrayList<>();
    private final List<Recorded> disclosures = new ArrayList<>();
    private final Map<UUID, String> organisations = new HashMap<>();

    public ConsentHistory(List<Recorded> events) {
        for (Recorded recorded : events) {
            Object event = recorded.event();
            if (event instanceof ConsentGiven given) {
                consents.put(given.consentId(), given);
                consentRecordedAt.put(given.consentId(), recorded.recordedAt());
            } else if (event instanceof ConsentWithdrawn withdrawn) {
                withdrawals.put(withdrawn.consentId(), new Withdrawal(withdrawn.effectiveAt(), recorded.recordedAt()));
            } else if (event instanceof DenialRecorded) {
                denials.add(recorded);
            } else if (event instanceof InformationShared || event instanceof DisclosureRefused) {
                disclosures.add(recorded);
            } else if (event instanceof ParticipantInvolved involved && involved.organisation() != null) {
                organisations.put(involved.participantId(), involved.organisation());
            }
        }
    }

    /** One cell of the consent state: for a member, recipient and category, permitted or denied, and by what. */
    public record StateEntry(UUID memberId, Recipient recipient, Category category, String effect, UUID sourceId,
                             int version, Instant validFrom, Instant validUntil, Instant recordedAt) {
    }

    /** The consents and denials in force at {@code validAt}, as OnePlan knew them at {@code knownAt}. */
    public List<StateEntry> stateAt(Instant validAt, Instant knownAt) {
        List<StateEntry> state = new ArrayList<>();
        for (ConsentGiven consent : consents.values()) {
            if (inForce(consent, validAt, knownAt)) {
                for (UUID member : consent.aboutMemberIds()) {
                    for (Category category : consent.categories()) {
                        state.add(new StateEntry(member, consent.recipient(), category, "PERMIT", consent.consentId(),
                                version(consent.consentId(), knownAt), consent.validFrom(), end(consent, knownAt),
                                consentRecordedAt.get(consent.consentId())));
                    }
                }
            }
        }
        for (Recorded recorded : denials) {
            DenialRecorded denial = (DenialRecorded) recorded.event();
            if (!recorded.recordedAt().isAfter(knownAt) && !validAt.isBefore(denial.effectiveFrom())) {
                for (UUID member : denial.aboutMemberIds()) {
                    for (Category category : denial.categories()) {
                        state.add(new StateEntry(member, denial.recipient(), category, "DENY", denial.denialId(), 1,
                                denial.effectiveFrom(), null, recorded.recordedAt()));
                    }
                }
            }
        }
        return state;
    }

    /** How a disclosure stands against the consents at its own moment. */
    public enum Verdict { COVERED, STATUTORY, UNCOVERED, COVERED_RETROACTIVELY, UNCOVERED_LATE_WITHDRAWAL }

    public record Verification(UUID disclosureId, Instant sharedAt, Instant recordedAt, Verdict verdict,
                               List<ConsentReference> coveredBy) {
    }

    /**
     * Every disclosure, judged twice: with what OnePlan knew when it recorded the disclosure, and
     * with everything it knows now. Covered then and now: COVERED; only now (a consent recorded
     * later, backdated): COVERED_RETROACTIVELY; only then (a withdrawal recorded later, effective
     * earlier): UNCOVERED_LATE_WITHDRAWAL.
     */
    public List<Verification> verify() {
        List<Verification> verifications = new ArrayList<>();
        for (Recorded recorded : disclosures) {
            if (!(recorded.event() instanceof InformationShared shared)) {
                continue;
            }
            if (shared.statutoryGround() != null) {
                verifications.add(new Verification(shared.disclosureId(), shared.sharedAt(), recorded.recordedAt(),
                        Verdict.STATUTORY, List.of()));
                continue;
            }
            List<ConsentReference> then = cover(shared, recorded.recordedAt());
            List<ConsentReference> now = cover(shared, Instant.MAX);
            Verdict verdict = then != null && now != null ? Verdict.COVERED
                    : now != null ? Verdict.COVERED_RETROACTIVELY
                    : then != null ? Verdict.UNCOVERED_LATE_WITHDRAWAL : Verdict.UNCOVERED;
            verifications.add(new Verification(shared.disclosureId(), shared.sharedAt(), recorded.recordedAt(), verdict,
                    now != null ? now : then != null ? then : List.of()));
        }
        return verifications;
    }

    /** Whether sharing {@code category} about every one of {@code members} with {@code recipient} is covered at {@code at}. */
    public boolean covers(List<UUID> members, Category category, Recipient recipient, Instant at) {
        return coveringConsents(members, category, recipient, at) != null;
    }

    /** The consents (in their version at {@code at}) that cover the sharing, or null when it is not covered. */
    public List<ConsentReference> coveringConsents(List<UUID> members, Category category, Recipient recipient,
                                                   Instant at) {
        List<ConsentReference> basis = new ArrayList<>();
        for (UUID member : members) {
            InformationShared probe = new InformationShared(null, null, recipient, List.of(member), List.of(category),
                    null, null, at, List.of(), null);
            List<ConsentReference> covering = cover(probe, Instant.MAX);
            if (covering == null) {
                return null;
            }
            covering.stream().filter(reference -> !basis.contains(reference)).forEach(basis::add);
        }
        return basis;
    }

    public List<Recorded> disclosures() {
        return disclosures;
    }

    /** The consents covering every (member, category) of the disclosure as known at {@code knownAt}; null if any is not covered. */
    private List<ConsentReference> cover(InformationShared shared, Instant knownAt) {
        List<ConsentReference> basis = new ArrayList<>();
        for (UUID member : shared.aboutMemberIds()) {
            for (Category category : shared.categories()) {
                if (denied(member, category, shared.recipient(), shared.sharedAt(), knownAt)) {
                    return null;
                }
                ConsentGiven permit = consents.values().stream()
                        .filter(consent -> inForce(consent, shared.sharedAt(), knownAt)
                                && consent.aboutMemberIds().contains(member)
                                && reaches(consent.recipient(), shared.recipient())
                                && consent.categories().stream().anyMatch(given -> given.permits(category)))
                        .findFirst().orElse(null);
                if (permit == null) {
                    return null;
                }
                ConsentReference reference = new ConsentReference(permit.consentId(),
                        version(permit.consentId(), knownAt));
                if (!basis.contains(reference)) {
                    basis.add(reference);
                }
            }
        }
        return basis;
    }

    private boolean denied(UUID member, Category category, Recipient recipient, Instant at, Instant knownAt) {
        return denials.stream().anyMatch(recorded -> {
            DenialRecorded denial = (DenialRecorded) recorded.event();
            return !recorded.recordedAt().isAfter(knownAt) && !at.isBefore(denial.effectiveFrom())
                    && denial.aboutMemberIds().contains(member) && reaches(denial.recipient(), recipient)
                    && denial.categories().stream().anyMatch(forbidden -> forbidden.overlaps(category));
        });
    }

    private boolean inForce(ConsentGiven consent, Instant at, Instant knownAt) {
        if (consentRecordedAt.get(consent.consentId()).isAfter(knownAt) || at.isBefore(consent.validFrom())) {
            return false;
        }
        Instant end = end(consent, knownAt);
        return end == null || at.isBefore(end);
    }

    /** When the consent stops, as known at {@code knownAt}: its end, or a known withdrawal if earlier. */
    private Instant end(ConsentGiven consent, Instant knownAt) {
        Withdrawal withdrawal = withdrawals.get(consent.consentId());
        Instant withdrawn = withdrawal != null && !withdrawal.recordedAt().isAfter(knownAt)
                ? withdrawal.effectiveAt() : null;
        if (withdrawn == null) {
            return consent.validUntil();
        }
        return consent.validUntil() == null || withdrawn.isBefore(consent.validUntil()) ? withdrawn
                : consent.validUntil();
    }

    private int version(UUID consentId, Instant knownAt) {
        Withdrawal withdrawal = withdrawals.get(consentId);
        return withdrawal != null && !withdrawal.recordedAt().isAfter(knownAt) ? 2 : 1;
    }

    private boolean reaches(Recipient addressed, Recipient actual) {
        if (addressed.participantId() != null) {
            return addressed.participantId().equals(actual.participantId());
        }
        String organisation = actual.participantId() != null ? organisations.get(actual.participantId())
                : actual.organisation();
        return organisation != null && organisation.equalsIgnoreCase(addressed.organisation());
    }
}
