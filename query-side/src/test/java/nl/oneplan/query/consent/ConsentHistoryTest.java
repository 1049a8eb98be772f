package nl.oneplan.query.consent;

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
import nl.oneplan.events.StatutoryGround;
import nl.oneplan.query.consent.ConsentHistory.Recorded;
import nl.oneplan.query.consent.ConsentHistory.Verdict;
import nl.oneplan.rules.ConsentRule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ConsentHistoryTest {

    private static final UUID ID = UUID.randomUUID();
    private static final UUID DAAN = UUID.randomUUID();
    private static final UUID MOTHER = UUID.randomUUID();
    private static final UUID TEACHER = UUID.randomUUID();
    private static final UUID CONSENT = UUID.randomUUID();
    private static final Recipient SCHOOL = Recipient.organisation("Basisschool De Regenboog");
    private static final Category EDUCATION_GOALS = new Category(InformationCategory.GOALS,
            LifeDomain.EDUCATION_AND_UPBRINGING);
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private final List<Recorded> events = new ArrayList<>(List.of(new Recorded(new ParticipantInvolved(ID, TEACHER,
            ParticipantKind.PROFESSIONAL, "Marloes", null, "Basisschool De Regenboog", null, null, null, null,
            Set.of()), T0.minusSeconds(3600), null)));

    private void record(Object event, Instant at) {
        events.add(new Recorded(event, at, null));
    }

    private static ConsentGiven consentFrom(Instant validFrom) {
        return new ConsentGiven(ID, CONSENT, List.of(DAAN), List.of(MOTHER), SCHOOL, List.of(EDUCATION_GOALS),
                List.of(Purpose.of("SCHOOL_SUPPORT")), validFrom, null, ConsentForm.WRITTEN, "DOC");
    }

    private static InformationShared shared(UUID id, Instant at, StatutoryGround ground) {
        return new InformationShared(ID, id, Recipient.participant(TEACHER), List.of(DAAN), List.of(EDUCATION_GOALS),
                Purpose.of("SCHOOL_SUPPORT"), DisclosureChannel.EMAIL, at, List.of(), ground,
                List.of(new DisclosedPart(DAAN, EDUCATION_GOALS)));
    }

    private Verdict verdictOf(UUID disclosure) {
        return new ConsentHistory(events).verify().stream().filter(v -> v.disclosureId().equals(disclosure))
                .findFirst().orElseThrow().verdict();
    }

    @Test
    void aConsentIsInForceFromItsStartAndNoLongerAtTheInstantOfItsWithdrawal() {
        record(consentFrom(T0), T0);
        Instant withdrawn = T0.plusSeconds(86_400);
        record(new ConsentWithdrawn(ID, CONSENT, withdrawn), withdrawn);
        ConsentHistory history = new ConsentHistory(events);

        assertThat(history.stateAt(T0.minusMillis(1), Instant.MAX)).isEmpty();
        assertThat(history.stateAt(T0, Instant.MAX)).hasSize(1);
        assertThat(history.stateAt(withdrawn.minusMillis(1), Instant.MAX)).singleElement()
                .satisfies(entry -> assertThat(entry.version()).isEqualTo(2));
        assertThat(history.stateAt(withdrawn, Instant.MAX)).isEmpty();
    }

    @Test
    void aDenialWinsAndShowsInTheState() {
        record(consentFrom(T0), T0);
        record(new DenialRecorded(ID, UUID.randomUUID(), List.of(DAAN), List.of(MOTHER), SCHOOL,
                List.of(Category.of(InformationCategory.GOALS)), T0.plusSeconds(60)), T0.plusSeconds(60));
        UUID disclosure = UUID.randomUUID();
        record(shared(disclosure, T0.plusSeconds(120), null), T0.plusSeconds(120));

        assertThat(new ConsentHistory(events).stateAt(T0.plusSeconds(60), Instant.MAX))
                .extracting(ConsentRule.StateEntry::effect).containsExactlyInAnyOrder("PERMIT", "DENY");
        assertThat(verdictOf(disclosure)).isEqualTo(Verdict.UNCOVERED);
    }

    @Test
    void whatWasKnownAtAMomentAnswersByRecordedTime() {
        // A written consent signed on T0 and entered a week later.
        record(consentFrom(T0), T0.plusSeconds(7 * 86_400));
        ConsentHistory history = new ConsentHistory(events);

        assertThat(history.stateAt(T0.plusSeconds(60), T0.plusSeconds(86_400))).isEmpty();
        assertThat(history.stateAt(T0.plusSeconds(60), Instant.MAX)).hasSize(1);
    }

    @Test
    void verificationSeparatesCoveredRetroactiveAndLateWithdrawal() {
        UUID beforeTheConsentWasEntered = UUID.randomUUID();
        UUID covered = UUID.randomUUID();
        UUID afterTheWithdrawalTookEffect = UUID.randomUUID();
        UUID statutory = UUID.randomUUID();
        record(shared(beforeTheConsentWasEntered, T0.plusSeconds(60), null), T0.plusSeconds(60));
        record(consentFrom(T0), T0.plusSeconds(3600));
        record(shared(covered, T0.plusSeconds(7200), null), T0.plusSeconds(7200));
        record(shared(afterTheWithdrawalTookEffect, T0.plusSeconds(86_400), null), T0.plusSeconds(86_400));
        // The mother phoned on day 1 to withdraw; it was entered on day 3.
        record(new ConsentWithdrawn(ID, CONSENT, T0.plusSeconds(80_000)), T0.plusSeconds(3 * 86_400));
        record(shared(statutory, T0.plusSeconds(4 * 86_400), new StatutoryGround("MELDCODE", "Zorgen", "AF",
                null, "Gevaar")), T0.plusSeconds(4 * 86_400));

        assertThat(verdictOf(beforeTheConsentWasEntered)).isEqualTo(Verdict.COVERED_RETROACTIVELY);
        assertThat(verdictOf(covered)).isEqualTo(Verdict.COVERED);
        assertThat(verdictOf(afterTheWithdrawalTookEffect)).isEqualTo(Verdict.UNCOVERED_LATE_WITHDRAWAL);
        assertThat(verdictOf(statutory)).isEqualTo(Verdict.STATUTORY);
        // Cited in the version in force when it was recorded, as the ledger has it: the withdrawal came later.
        assertThat(new ConsentHistory(events).verify().stream().filter(v -> v.disclosureId().equals(covered))
                .findFirst().orElseThrow().coveredBy()).containsExactly(new ConsentReference(CONSENT, 1));
    }

    @Test
    void aConsentCoversOnlyItsOwnPurposes() {
        record(consentFrom(T0), T0);
        UUID forHealthCare = UUID.randomUUID();
        record(new InformationShared(ID, forHealthCare, Recipient.participant(TEACHER), List.of(DAAN),
                List.of(EDUCATION_GOALS), Purpose.of("HEALTH_CARE"), DisclosureChannel.EMAIL, T0.plusSeconds(60),
                List.of(), null, List.of(new DisclosedPart(DAAN, EDUCATION_GOALS))), T0.plusSeconds(60));

        assertThat(verdictOf(forHealthCare)).isEqualTo(Verdict.UNCOVERED);
    }
}
