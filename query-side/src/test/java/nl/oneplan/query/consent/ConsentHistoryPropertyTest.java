package nl.oneplan.query.consent;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nl.oneplan.events.Category;
import nl.oneplan.events.ConsentForm;
import nl.oneplan.events.ConsentGiven;
import nl.oneplan.events.ConsentReference;
import nl.oneplan.events.ConsentWithdrawn;
import nl.oneplan.events.DenialRecorded;
import nl.oneplan.events.DisclosedPart;
import nl.oneplan.events.DisclosureChannel;
import nl.oneplan.events.InformationCategory;
import nl.oneplan.events.InformationShared;
import nl.oneplan.events.LifeDomain;
import nl.oneplan.events.ParticipantInvolved;
import nl.oneplan.events.ParticipantKind;
import nl.oneplan.events.Purpose;
import nl.oneplan.events.Recipient;
import nl.oneplan.query.consent.ConsentHistory.Recorded;
import nl.oneplan.query.consent.ConsentHistory.Verdict;
import nl.oneplan.rules.ConsentRule;
import nl.oneplan.rules.PlanCopyRule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random histories of consents, denials, withdrawals and disclosures, on both time axes and for
 * several purposes, replayed against a deliberately naive model written here: the consent state as
 * of any moment, the verdict on every disclosure, the consent versions the verification cites, and
 * what a plan copy includes must agree with it. Everything under test goes through the one shared
 * consent rule.
 */
class ConsentHistoryPropertyTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final UUID TRAJECTORY = UUID.randomUUID();
    private static final List<UUID> MEMBERS = List.of(UUID.randomUUID(), UUID.randomUUID());
    private static final UUID TEACHER = UUID.randomUUID();
    private static final String SCHOOL = "School";
    private static final List<Recipient> RECIPIENTS = List.of(Recipient.participant(TEACHER),
            Recipient.organisation(SCHOOL), Recipient.organisation("GGD"));
    private static final List<Category> CATEGORIES = List.of(
            new Category(InformationCategory.GOALS, LifeDomain.EDUCATION_AND_UPBRINGING),
            new Category(InformationCategory.GOALS, null), Category.of(InformationCategory.SAFETY_CONCERNS),
            Category.of(InformationCategory.CONTACT_DETAILS), Category.of(InformationCategory.PLAN_COPY));
    private static final List<Purpose> PURPOSES = List.of(Purpose.of(Purpose.CARE_COORDINATION),
            Purpose.of("SCHOOL_SUPPORT"));

    /** One step of a generated history; times are minutes after T0. */
    record Step(int kind, int members, int recipient, int categories, int valid, int length, int target,
                int purposes) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(1, 3), Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(1, 15), Arbitraries.integers().between(0, 60),
                        Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 9),
                        Arbitraries.integers().between(1, 3))
                .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(25);
    }

    private static List<Purpose> purposes(int mask) {
        List<Purpose> chosen = new ArrayList<>();
        for (int i = 0; i < PURPOSES.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                chosen.add(PURPOSES.get(i));
            }
        }
        return chosen;
    }

    private static Instant minute(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private static List<UUID> members(int mask) {
        List<UUID> chosen = new ArrayList<>();
        for (int i = 0; i < MEMBERS.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                chosen.add(MEMBERS.get(i));
            }
        }
        return chosen;
    }

    private static List<Category> categories(int mask) {
        List<Category> chosen = new ArrayList<>();
        for (int i = 0; i < CATEGORIES.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                chosen.add(CATEGORIES.get(i));
            }
        }
        return chosen;
    }

    @Property(tries = 400)
    void theHistoryAgreesWithANaiveModel(@ForAll("histories") List<Step> steps,
                                         @ForAll @IntRange(max = 70) int validProbe,
                                         @ForAll @IntRange(max = 70) int knownProbe) {
        List<Recorded> events = history(steps);
        ConsentHistory history = new ConsentHistory(events);
        Model model = new Model(events);

        Set<List<Object>> expected = model.state(minute(validProbe), minute(knownProbe));
        Set<List<Object>> actual = new HashSet<>();
        history.stateAt(minute(validProbe), minute(knownProbe)).forEach(entry -> actual.add(List.of(
                entry.memberId(), entry.recipient(), entry.category(), entry.effect(), entry.sourceId())));
        assertThat(actual).isEqualTo(expected);

        Map<UUID, Verdict> verdicts = new HashMap<>();
        history.verify().forEach(verification -> verdicts.put(verification.disclosureId(), verification.verdict()));
        assertThat(verdicts).isEqualTo(model.verdicts());
    }

    /**
     * The ledger records the consents (id@version) the rule found when the disclosure was recorded;
     * the verification of a disclosure that was covered then cites exactly those.
     */
    @Property(tries = 300)
    void theVerificationCitesTheVersionsTheLedgerRecorded(@ForAll("histories") List<Step> steps) {
        List<Recorded> events = history(steps);
        Map<UUID, List<ConsentReference>> ledger = new HashMap<>();
        events.stream().filter(recorded -> recorded.event() instanceof InformationShared)
                .forEach(recorded -> ledger.put(((InformationShared) recorded.event()).disclosureId(),
                        ((InformationShared) recorded.event()).basis()));
        for (ConsentHistory.Verification verification : new ConsentHistory(events).verify()) {
            if (verification.verdict() == Verdict.COVERED
                    || verification.verdict() == Verdict.UNCOVERED_LATE_WITHDRAWAL) {
                assertThat(verification.coveredBy()).isEqualTo(ledger.get(verification.disclosureId()));
            }
        }
    }

    /**
     * A copy includes a part exactly when the model covers every member it is about, for the
     * recipient and purpose, now; and what issuing it discloses is covered when verified.
     */
    @Property(tries = 300)
    void aCopyHoldsExactlyWhatTheModelCovers(@ForAll("histories") List<Step> steps,
                                            @ForAll @IntRange(max = 70) int at,
                                            @ForAll @IntRange(max = 3) int goalMembers,
                                            @ForAll @IntRange(max = 1) int purpose) {
        List<Recorded> events = history(steps);
        ConsentHistory history = new ConsentHistory(events);
        Model model = new Model(events);
        PlanCopyRule.Outline plan = new PlanCopyRule.Outline(MEMBERS, true, List.of(
                new PlanCopyRule.GoalOutline(1, LifeDomain.EDUCATION_AND_UPBRINGING, members(goalMembers)),
                new PlanCopyRule.GoalOutline(2, LifeDomain.DOMESTIC_VIOLENCE, List.of(MEMBERS.get(0)))),
                List.of(new PlanCopyRule.AgreementOutline(1, 1), new PlanCopyRule.AgreementOutline(2, null)),
                true, false, true, true);
        Recipient teacher = Recipient.participant(TEACHER);

        PlanCopyRule.Copy copy = PlanCopyRule.decide(plan, history.rule(), teacher, PURPOSES.get(purpose),
                minute(at), Instant.MAX);

        for (PlanCopyRule.DecidedPart decided : copy.parts()) {
            boolean covered = decided.part().about().stream().allMatch(member -> model.covered(member,
                    decided.part().category(), teacher, PURPOSES.get(purpose), minute(at), Instant.MAX));
            assertThat(decided.included()).as(decided.part().toString()).isEqualTo(covered);
        }
        assertThat(history.rule().decide(copy.disclosed(), teacher, PURPOSES.get(purpose), minute(at), Instant.MAX)
                .covered()).isTrue();
    }

    /** A generated history; each disclosure's basis is what the rule found as the aggregate would, at recording. */
    private static List<Recorded> history(List<Step> steps) {
        List<Recorded> events = new ArrayList<>();
        events.add(new Recorded(new ParticipantInvolved(TRAJECTORY, TEACHER, ParticipantKind.PROFESSIONAL, "Juf", null,
                SCHOOL, null, null, null, null, Set.of()), T0.minusSeconds(60), null));
        List<ConsentGiven> consents = new ArrayList<>();
        int clock = 0;
        for (Step step : steps) {
            // One trajectory records one event after the other: recorded times only go forward.
            clock += 1 + step.length() % 5;
            Instant recordedAt = minute(clock);
            Instant valid = minute(step.valid());
            switch (step.kind()) {
                case 0 -> {
                    ConsentGiven given = new ConsentGiven(TRAJECTORY, UUID.randomUUID(), members(step.members()),
                            List.of(), RECIPIENTS.get(step.recipient()), categories(step.categories()),
                            purposes(step.purposes()), valid,
                            step.length() > 25 ? null : minute(step.valid() + step.length() + 1),
                            ConsentForm.WRITTEN, "D");
                    consents.add(given);
                    events.add(new Recorded(given, recordedAt, null));
                }
                case 1 -> {
                    if (!consents.isEmpty()) {
                        ConsentGiven target = consents.get(step.target() % consents.size());
                        boolean withdrawn = events.stream().anyMatch(e -> e.event() instanceof ConsentWithdrawn w
                                && w.consentId().equals(target.consentId()));
                        if (!withdrawn) {
                            Instant effective = target.validFrom().plusSeconds(60L * step.length());
                            events.add(new Recorded(new ConsentWithdrawn(TRAJECTORY, target.consentId(), effective),
                                    recordedAt, null));
                        }
                    }
                }
                case 2 -> events.add(new Recorded(new DenialRecorded(TRAJECTORY, UUID.randomUUID(),
                        members(step.members()), List.of(), RECIPIENTS.get(step.recipient()),
                        categories(step.categories()), valid), recordedAt, null));
                default -> {
                    Recipient recipient = RECIPIENTS.get(step.recipient() % 2);
                    Purpose purpose = PURPOSES.get(step.purposes() % 2);
                    List<DisclosedPart> parts = ConsentRule.everyPair(members(step.members()),
                            categories(step.categories()));
                    List<ConsentReference> basis = new ConsentHistory(events).rule()
                            .decide(parts, recipient, purpose, valid, recordedAt).basis();
                    events.add(new Recorded(new InformationShared(TRAJECTORY, UUID.randomUUID(), recipient,
                            members(step.members()), categories(step.categories()), purpose, DisclosureChannel.EMAIL,
                            valid, basis, null, parts), recordedAt, null));
                }
            }
        }
        return events;
    }

    /** The rules stated as plainly as possible, one pair and one moment at a time. */
    private static final class Model {
        private final List<Recorded> events;

        Model(List<Recorded> events) {
            this.events = events;
        }

        Set<List<Object>> state(Instant valid, Instant known) {
            Set<List<Object>> state = new HashSet<>();
            for (Recorded recorded : events) {
                if (recorded.recordedAt().isAfter(known)) {
                    continue;
                }
                if (recorded.event() instanceof ConsentGiven given && inForce(given, recorded, valid, known)) {
                    for (UUID member : given.aboutMemberIds()) {
                        for (Category category : given.categories()) {
                            state.add(List.of(member, given.recipient(), category, "PERMIT", given.consentId()));
                        }
                    }
                }
                if (recorded.event() instanceof DenialRecorded denial && !valid.isBefore(denial.effectiveFrom())) {
                    for (UUID member : denial.aboutMemberIds()) {
                        for (Category category : denial.categories()) {
                            state.add(List.of(member, denial.recipient(), category, "DENY", denial.denialId()));
                        }
                    }
                }
            }
            return state;
        }

        Map<UUID, Verdict> verdicts() {
            Map<UUID, Verdict> verdicts = new HashMap<>();
            for (Recorded recorded : events) {
                if (recorded.event() instanceof InformationShared shared) {
                    boolean then = covered(shared, recorded.recordedAt());
                    boolean now = covered(shared, Instant.MAX);
                    verdicts.put(shared.disclosureId(), then && now ? Verdict.COVERED
                            : now ? Verdict.COVERED_RETROACTIVELY
                            : then ? Verdict.UNCOVERED_LATE_WITHDRAWAL : Verdict.UNCOVERED);
                }
            }
            return verdicts;
        }

        private boolean covered(InformationShared shared, Instant known) {
            for (UUID member : shared.aboutMemberIds()) {
                for (Category wanted : shared.categories()) {
                    if (!covered(member, wanted, shared.recipient(), shared.purpose(), shared.sharedAt(), known)) {
                        return false;
                    }
                }
            }
            return true;
        }

        boolean covered(UUID member, Category wanted, Recipient recipient, Purpose purpose, Instant at,
                        Instant known) {
            boolean denied = false;
            boolean permitted = false;
            for (Recorded recorded : events) {
                if (recorded.recordedAt().isAfter(known)) {
                    continue;
                }
                if (recorded.event() instanceof DenialRecorded denial && denial.aboutMemberIds().contains(member)
                        && !at.isBefore(denial.effectiveFrom()) && reaches(denial.recipient(), recipient)
                        && denial.categories().stream().anyMatch(c -> overlap(c, wanted))) {
                    denied = true;
                }
                if (recorded.event() instanceof ConsentGiven given && given.aboutMemberIds().contains(member)
                        && inForce(given, recorded, at, known) && reaches(given.recipient(), recipient)
                        && given.purposes().stream().anyMatch(named -> named.code().equals(purpose.code()))
                        && given.categories().stream().anyMatch(c -> permit(c, wanted))) {
                    permitted = true;
                }
            }
            return !denied && permitted;
        }

        private boolean inForce(ConsentGiven given, Recorded recorded, Instant at, Instant known) {
            if (recorded.recordedAt().isAfter(known) || at.isBefore(given.validFrom())
                    || (given.validUntil() != null && !at.isBefore(given.validUntil()))) {
                return false;
            }
            for (Recorded other : events) {
                if (other.event() instanceof ConsentWithdrawn withdrawn
                        && withdrawn.consentId().equals(given.consentId()) && !other.recordedAt().isAfter(known)
                        && !at.isBefore(withdrawn.effectiveAt())) {
                    return false;
                }
            }
            return true;
        }

        private static boolean reaches(Recipient addressed, Recipient actual) {
            if (addressed.participantId() != null) {
                return addressed.participantId().equals(actual.participantId());
            }
            String organisation = actual.participantId() != null ? SCHOOL : actual.organisation();
            return addressed.organisation().equals(organisation);
        }

        private static boolean permit(Category given, Category wanted) {
            if (given.type() == InformationCategory.PLAN_COPY) {
                return true;
            }
            if (given.type() != wanted.type()) {
                return false;
            }
            return given.lifeDomain() == null || given.lifeDomain().equals(wanted.lifeDomain());
        }

        private static boolean overlap(Category denied, Category wanted) {
            if (denied.type() == InformationCategory.PLAN_COPY || wanted.type() == InformationCategory.PLAN_COPY) {
                return true;
            }
            if (denied.type() != wanted.type()) {
                return false;
            }
            return denied.lifeDomain() == null || wanted.lifeDomain() == null
                    || denied.lifeDomain().equals(wanted.lifeDomain());
        }
    }
}
