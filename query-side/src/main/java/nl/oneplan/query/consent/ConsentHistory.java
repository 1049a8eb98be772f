package nl.oneplan.query.consent;

import nl.oneplan.events.ActingUser;
import nl.oneplan.events.ConsentGiven;
import nl.oneplan.events.ConsentReference;
import nl.oneplan.events.ConsentWithdrawn;
import nl.oneplan.events.DenialRecorded;
import nl.oneplan.events.DisclosureRefused;
import nl.oneplan.events.InformationShared;
import nl.oneplan.rules.ConsentRule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The consent history of one trajectory, rebuilt from its events alone: the shared
 * {@link ConsentRule} fed every consent event with the moment OnePlan recorded it, plus the
 * disclosures and refused attempts. It answers what was in force at any moment as known at any
 * moment, and re-evaluates every disclosure without trusting the decision the command side took.
 */
public final class ConsentHistory {

    /** An event with the moment OnePlan recorded it and the user who recorded it. */
    public record Recorded(Object event, Instant recordedAt, ActingUser recordedBy) {
    }

    private final ConsentRule rule = new ConsentRule();
    private final List<Recorded> disclosures = new ArrayList<>();
    private final List<Recorded> consentEvents = new ArrayList<>();

    public ConsentHistory(List<Recorded> events) {
        for (Recorded recorded : events) {
            Object event = recorded.event();
            rule.record(event, recorded.recordedAt());
            if (event instanceof InformationShared || event instanceof DisclosureRefused) {
                disclosures.add(recorded);
            } else if (event instanceof ConsentGiven || event instanceof ConsentWithdrawn
                    || event instanceof DenialRecorded) {
                consentEvents.add(recorded);
            }
        }
    }

    /** The one rule, fed with this trajectory's history: for copies and anything else that decides coverage. */
    public ConsentRule rule() {
        return rule;
    }

    public List<ConsentRule.StateEntry> stateAt(Instant validAt, Instant knownAt) {
        return rule.stateAt(validAt, knownAt);
    }

    /** How a disclosure stands against the consents at its own moment. */
    public enum Verdict { COVERED, STATUTORY, UNCOVERED, COVERED_RETROACTIVELY, UNCOVERED_LATE_WITHDRAWAL }

    /**
     * {@code coveredBy} names the consents in the version in force when the disclosure was
     * recorded, as the ledger does; only a disclosure covered retroactively cites today's versions.
     */
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
            ConsentRule.Decision then = rule.decide(shared.parts(), shared.recipient(), shared.purpose(),
                    shared.sharedAt(), recorded.recordedAt());
            ConsentRule.Decision now = rule.decide(shared.parts(), shared.recipient(), shared.purpose(),
                    shared.sharedAt(), Instant.MAX);
            Verdict verdict = then.covered() && now.covered() ? Verdict.COVERED
                    : now.covered() ? Verdict.COVERED_RETROACTIVELY
                    : then.covered() ? Verdict.UNCOVERED_LATE_WITHDRAWAL : Verdict.UNCOVERED;
            verifications.add(new Verification(shared.disclosureId(), shared.sharedAt(), recorded.recordedAt(), verdict,
                    then.covered() ? then.basis() : now.covered() ? now.basis() : List.of()));
        }
        return verifications;
    }

    public List<Recorded> disclosures() {
        return disclosures;
    }

    /** Consents given and withdrawn and denials recorded, with who recorded them when. */
    public List<Recorded> consentEvents() {
        return consentEvents;
    }

    public Optional<ConsentGiven> consent(UUID consentId) {
        return rule.consent(consentId);
    }
}
