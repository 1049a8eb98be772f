package nl.oneplan.rules;

import nl.oneplan.events.Category;
import nl.oneplan.events.ConsentGiven;
import nl.oneplan.events.ConsentReference;
import nl.oneplan.events.ConsentWithdrawn;
import nl.oneplan.events.DenialRecorded;
import nl.oneplan.events.DisclosedPart;
import nl.oneplan.events.ParticipantInvolved;
import nl.oneplan.events.Purpose;
import nl.oneplan.events.Recipient;
import nl.oneplan.events.UncoveredPair;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The one consent rule of OnePlan: whether sharing a (member, category) with a recipient for a
 * purpose is covered at an instant, as known at an instant, and by which consents in which
 * version. Fed the trajectory's consent events with the moment each was recorded; the aggregate
 * decides with it, the read side builds copies, as-of state and verifications with it.
 *
 * <p>Two time axes: valid time (when a consent starts, a withdrawal takes effect, information is
 * shared) and recorded time (when OnePlan learnt it). A denial wins over any permit where they
 * overlap. A consent's version is 1, and 2 once its withdrawal is known.
 */
public final class ConsentRule {

    /** Why a part is not covered, as stored in {@link UncoveredPair#reason()}. */
    public static final String DENIED = "DENIED";
    public static final String NO_CONSENT = "NO_CONSENT";
    public static final String OTHER_PURPOSE = "OTHER_PURPOSE";

    private record Given(ConsentGiven consent, Instant recordedAt) {
    }

    private record Withdrawal(Instant effectiveAt, Instant recordedAt) {
    }

    private record Denial(DenialRecorded denial, Instant recordedAt) {
    }

    private final Map<UUID, Given> consents = new LinkedHashMap<>();
    private final Map<UUID, Withdrawal> withdrawals = new HashMap<>();
    private final List<Denial> denials = new ArrayList<>();
    private final Map<UUID, String> organisations = new HashMap<>();

    /** Takes in one event of the trajectory; events that do not bear on consent are ignored. */
    public void record(Object event, Instant recordedAt) {
        if (event instanceof ConsentGiven given) {
            consents.put(given.consentId(), new Given(given, recordedAt));
        } else if (event instanceof ConsentWithdrawn withdrawn) {
            withdrawals.putIfAbsent(withdrawn.consentId(), new Withdrawal(withdrawn.effectiveAt(), recordedAt));
        } else if (event instanceof DenialRecorded denial) {
            denials.add(new Denial(denial, recordedAt));
        } else if (event instanceof ParticipantInvolved involved && involved.organisation() != null) {
            organisations.put(involved.participantId(), involved.organisation());
        }
    }

    /** How one (member, category) stands: covered by {@code basis}, or not for {@code reason}. */
    public record Coverage(ConsentReference basis, String reason) {
        public boolean covered() {
            return basis != null;
        }
    }

    /** The verdict on a whole request: the consents that cover it, and every pair they do not. */
    public record Decision(List<ConsentReference> basis, List<UncoveredPair> uncovered) {
        public boolean covered() {
            return uncovered.isEmpty();
        }
    }

    public Coverage cover(UUID member, Category category, Recipient recipient, Purpose purpose, Instant at,
                          Instant knownAt) {
        boolean denied = denials.stream().anyMatch(recorded -> {
            DenialRecorded denial = recorded.denial();
            return !recorded.recordedAt().isAfter(knownAt) && !at.isBefore(denial.effectiveFrom())
                    && denial.aboutMemberIds().contains(member) && reaches(denial.recipient(), recipient)
                    && denial.categories().stream().anyMatch(forbidden -> forbidden.overlaps(category));
        });
        if (denied) {
            return new Coverage(null, DENIED);
        }
        List<Given> permitting = consents.values().stream()
                .filter(given -> inForce(given, at, knownAt) && given.consent().aboutMemberIds().contains(member)
                        && reaches(given.consent().recipient(), recipient)
                        && given.consent().categories().stream().anyMatch(permitted -> permitted.permits(category)))
                .toList();
        Optional<Given> forPurpose = permitting.stream()
                .filter(given -> given.consent().purposes().stream().anyMatch(named -> named.covers(purpose)))
                .findFirst();
        if (forPurpose.isPresent()) {
            UUID id = forPurpose.get().consent().consentId();
            return new Coverage(new ConsentReference(id, version(id, knownAt)), null);
        }
        return new Coverage(null, permitting.isEmpty() ? NO_CONSENT : OTHER_PURPOSE);
    }

    /** Every part covered, or the parts that are not: what sharing them all would come to. */
    public Decision decide(List<DisclosedPart> parts, Recipient recipient, Purpose purpose, Instant at,
                           Instant knownAt) {
        Set<ConsentReference> basis = new LinkedHashSet<>();
        List<UncoveredPair> uncovered = new ArrayList<>();
        for (DisclosedPart part : parts) {
            Coverage coverage = cover(part.memberId(), part.category(), recipient, purpose, at, knownAt);
            if (coverage.covered()) {
                basis.add(coverage.basis());
            } else {
                uncovered.add(new UncoveredPair(part.memberId(), part.category(), coverage.reason()));
            }
        }
        return new Decision(List.copyOf(basis), List.copyOf(uncovered));
    }

    /** Every member with every category: what a disclosure of lists means. */
    public static List<DisclosedPart> everyPair(List<UUID> members, List<Category> categories) {
        List<DisclosedPart> parts = new ArrayList<>();
        for (UUID member : members) {
            for (Category category : categories) {
                parts.add(new DisclosedPart(member, category));
            }
        }
        return parts;
    }

    /** One cell of the consent state: for a member, recipient and category, permitted or denied, and by what. */
    public record StateEntry(UUID memberId, Recipient recipient, Category category, String effect, UUID sourceId,
                             int version, List<Purpose> purposes, Instant validFrom, Instant validUntil,
                             Instant recordedAt) {
    }

    /** The consents and denials in force at {@code validAt}, as OnePlan knew them at {@code knownAt}. */
    public List<StateEntry> stateAt(Instant validAt, Instant knownAt) {
        List<StateEntry> state = new ArrayList<>();
        for (Given given : consents.values()) {
            if (inForce(given, validAt, knownAt)) {
                ConsentGiven consent = given.consent();
                for (UUID member : consent.aboutMemberIds()) {
                    for (Category category : consent.categories()) {
                        state.add(new StateEntry(member, consent.recipient(), category, "PERMIT", consent.consentId(),
                                version(consent.consentId(), knownAt), consent.purposes(), consent.validFrom(),
                                end(given, knownAt), given.recordedAt()));
                    }
                }
            }
        }
        for (Denial recorded : denials) {
            DenialRecorded denial = recorded.denial();
            if (!recorded.recordedAt().isAfter(knownAt) && !validAt.isBefore(denial.effectiveFrom())) {
                for (UUID member : denial.aboutMemberIds()) {
                    for (Category category : denial.categories()) {
                        state.add(new StateEntry(member, denial.recipient(), category, "DENY", denial.denialId(), 1,
                                List.of(), denial.effectiveFrom(), null, recorded.recordedAt()));
                    }
                }
            }
        }
        return state;
    }

    /** The consent's version as known at {@code knownAt}: 1, or 2 once its withdrawal is recorded. */
    public int version(UUID consentId, Instant knownAt) {
        Withdrawal withdrawal = withdrawals.get(consentId);
        return withdrawal != null && !withdrawal.recordedAt().isAfter(knownAt) ? 2 : 1;
    }

    /** When the consent stops as known at {@code knownAt}: its end, or a known withdrawal if earlier; null: open. */
    public Instant end(UUID consentId, Instant knownAt) {
        Given given = consents.get(consentId);
        return given == null ? null : end(given, knownAt);
    }

    public Optional<ConsentGiven> consent(UUID consentId) {
        return Optional.ofNullable(consents.get(consentId)).map(Given::consent);
    }

    public Optional<Instant> withdrawalEffectiveAt(UUID consentId) {
        return Optional.ofNullable(withdrawals.get(consentId)).map(Withdrawal::effectiveAt);
    }

    private boolean inForce(Given given, Instant at, Instant knownAt) {
        if (given.recordedAt().isAfter(knownAt) || at.isBefore(given.consent().validFrom())) {
            return false;
        }
        Instant end = end(given, knownAt);
        return end == null || at.isBefore(end);
    }

    private Instant end(Given given, Instant knownAt) {
        Withdrawal withdrawal = withdrawals.get(given.consent().consentId());
        Instant withdrawn = withdrawal != null && !withdrawal.recordedAt().isAfter(knownAt)
                ? withdrawal.effectiveAt() : null;
        Instant until = given.consent().validUntil();
        if (withdrawn == null) {
            return until;
        }
        return until == null || withdrawn.isBefore(until) ? withdrawn : until;
    }

    /** A consent or denial for an organisation reaches each of its people; one for a person reaches only them. */
    private boolean reaches(Recipient addressed, Recipient actual) {
        if (addressed.participantId() != null) {
            return addressed.participantId().equals(actual.participantId());
        }
        String organisation = actual.participantId() != null ? organisations.get(actual.participantId())
                : actual.organisation();
        return organisation != null && organisation.equalsIgnoreCase(addressed.organisation());
    }
}
