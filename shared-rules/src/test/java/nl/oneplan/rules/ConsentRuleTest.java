package nl.oneplan.rules;

import nl.oneplan.events.Category;
import nl.oneplan.events.ConsentForm;
import nl.oneplan.events.ConsentGiven;
import nl.oneplan.events.ConsentReference;
import nl.oneplan.events.ConsentWithdrawn;
import nl.oneplan.events.DenialRecorded;
import nl.oneplan.events.DisclosedPart;
import nl.oneplan.events.InformationCategory;
import nl.oneplan.events.LifeDomain;
import nl.oneplan.events.ParticipantInvolved;
import nl.oneplan.events.ParticipantKind;
import nl.oneplan.events.Purpose;
import nl.oneplan.events.Recipient;
import nl.oneplan.events.UncoveredPair;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ConsentRuleTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final UUID TRAJECTORY = UUID.randomUUID();
    private static final UUID MOTHER = UUID.randomUUID();
    private static final UUID DAAN = UUID.randomUUID();
    private static final UUID TEACHER = UUID.randomUUID();
    private static final UUID CONSENT = UUID.randomUUID();
    private static final Recipient SCHOOL = Recipient.organisation("Basisschool De Regenboog");
    private static final Recipient MARLOES = Recipient.participant(TEACHER);
    private static final Category SCHOOL_GOALS = new Category(InformationCategory.GOALS,
            LifeDomain.EDUCATION_AND_UPBRINGING);
    private static final Category SAFETY = Category.of(InformationCategory.SAFETY_CONCERNS);
    private static final Purpose SCHOOL_SUPPORT = Purpose.of("SCHOOL_SUPPORT");

    private final ConsentRule rule = new ConsentRule();

    ConsentRuleTest() {
        rule.record(new ParticipantInvolved(TRAJECTORY, TEACHER, ParticipantKind.PROFESSIONAL, "Marloes", null,
                "Basisschool De Regenboog", null, null, null, null, Set.of()), T0.minusSeconds(60));
    }

    private void consentToTheSchool(List<Category> categories, Instant recordedAt) {
        rule.record(new ConsentGiven(TRAJECTORY, CONSENT, List.of(DAAN, MOTHER), List.of(MOTHER), SCHOOL, categories,
                List.of(SCHOOL_SUPPORT), T0, null, ConsentForm.WRITTEN, "DOC-1"), recordedAt);
    }

    @Test
    void aConsentForTheOrganisationCoversItsPeopleForItsPurpose() {
        consentToTheSchool(List.of(SCHOOL_GOALS), T0);

        ConsentRule.Coverage coverage = rule.cover(DAAN, SCHOOL_GOALS, MARLOES, SCHOOL_SUPPORT, T0.plusSeconds(60),
                Instant.MAX);

        assertThat(coverage.covered()).isTrue();
        assertThat(coverage.basis()).isEqualTo(new ConsentReference(CONSENT, 1));
    }

    @Test
    void anotherPurposeIsNotCoveredAndSaysWhy() {
        consentToTheSchool(List.of(SCHOOL_GOALS), T0);

        assertThat(rule.cover(DAAN, SCHOOL_GOALS, MARLOES, Purpose.of("HEALTH_CARE"), T0.plusSeconds(60),
                Instant.MAX).reason()).isEqualTo(ConsentRule.OTHER_PURPOSE);
        assertThat(rule.cover(DAAN, SAFETY, MARLOES, SCHOOL_SUPPORT, T0.plusSeconds(60), Instant.MAX).reason())
                .isEqualTo(ConsentRule.NO_CONSENT);
    }

    @Test
    void aDenialWinsOverTheWholePlan() {
        consentToTheSchool(List.of(Category.of(InformationCategory.PLAN_COPY)), T0);
        rule.record(new DenialRecorded(TRAJECTORY, UUID.randomUUID(), List.of(MOTHER), List.of(MOTHER), SCHOOL,
                List.of(SAFETY), T0), T0);

        ConsentRule.Decision decision = rule.decide(List.of(new DisclosedPart(DAAN, SAFETY),
                new DisclosedPart(MOTHER, SAFETY), new DisclosedPart(MOTHER, SCHOOL_GOALS)), MARLOES, SCHOOL_SUPPORT,
                T0.plusSeconds(60), Instant.MAX);

        assertThat(decision.covered()).isFalse();
        assertThat(decision.uncovered()).containsExactly(new UncoveredPair(MOTHER, SAFETY, ConsentRule.DENIED));
        assertThat(decision.basis()).containsExactly(new ConsentReference(CONSENT, 1));
    }

    @Test
    void aWithdrawalCountsFromWhenItIsKnownAndRaisesTheVersion() {
        consentToTheSchool(List.of(SCHOOL_GOALS), T0);
        Instant effective = T0.plusSeconds(3600);
        Instant entered = T0.plusSeconds(7200);
        rule.record(new ConsentWithdrawn(TRAJECTORY, CONSENT, effective), entered);
        Instant afterItTookEffect = effective.plusSeconds(60);

        assertThat(rule.cover(DAAN, SCHOOL_GOALS, MARLOES, SCHOOL_SUPPORT, afterItTookEffect, entered.minusMillis(1))
                .basis()).isEqualTo(new ConsentReference(CONSENT, 1));
        assertThat(rule.cover(DAAN, SCHOOL_GOALS, MARLOES, SCHOOL_SUPPORT, afterItTookEffect, entered).covered())
                .isFalse();
        assertThat(rule.cover(DAAN, SCHOOL_GOALS, MARLOES, SCHOOL_SUPPORT, effective.minusMillis(1), entered)
                .basis()).isEqualTo(new ConsentReference(CONSENT, 2));
    }

    @Test
    void purposesRecordedBeforeBindingOnlyMatchEachOther() {
        Purpose old = new Purpose(Purpose.UNSPECIFIED, "Afstemming met school");

        assertThat(old.covers(new Purpose(Purpose.UNSPECIFIED, "iets anders"))).isTrue();
        assertThat(old.covers(Purpose.of(Purpose.CARE_COORDINATION))).isFalse();
        assertThat(new Purpose(Purpose.OTHER, "Buurtsportcoach").covers(new Purpose(Purpose.OTHER, " buurtsportcoach")))
                .isTrue();
        assertThat(new Purpose(Purpose.OTHER, "Buurtsportcoach").covers(new Purpose(Purpose.OTHER, "Jeugdarts")))
                .isFalse();
    }
}
