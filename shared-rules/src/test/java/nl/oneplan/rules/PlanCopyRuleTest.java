package nl.oneplan.rules;

import nl.oneplan.events.Category;
import nl.oneplan.events.ConsentForm;
import nl.oneplan.events.ConsentGiven;
import nl.oneplan.events.DenialRecorded;
import nl.oneplan.events.DisclosedPart;
import nl.oneplan.events.InformationCategory;
import nl.oneplan.events.LifeDomain;
import nl.oneplan.events.Purpose;
import nl.oneplan.events.Recipient;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PlanCopyRuleTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final UUID TRAJECTORY = UUID.randomUUID();
    private static final UUID MOTHER = UUID.randomUUID();
    private static final UUID DAAN = UUID.randomUUID();
    private static final Recipient TEACHER = Recipient.participant(UUID.randomUUID());
    private static final Purpose CARE = Purpose.of(Purpose.CARE_COORDINATION);
    private static final Category SCHOOL_GOALS = new Category(InformationCategory.GOALS,
            LifeDomain.EDUCATION_AND_UPBRINGING);

    /** Daan's school goal with an agreement, the mother's domestic-violence goal, and an escalation. */
    private static final PlanCopyRule.Outline PLAN = new PlanCopyRule.Outline(List.of(MOTHER, DAAN), true,
            List.of(new PlanCopyRule.GoalOutline(1, LifeDomain.EDUCATION_AND_UPBRINGING, List.of(DAAN)),
                    new PlanCopyRule.GoalOutline(2, LifeDomain.DOMESTIC_VIOLENCE, List.of(MOTHER))),
            List.of(new PlanCopyRule.AgreementOutline(1, 1), new PlanCopyRule.AgreementOutline(2, 2)),
            false, false, false, true);

    @Test
    void aCopyHoldsWhatIsCoveredAndDisclosesItAboutTheMembersItConcerns() {
        ConsentRule consents = new ConsentRule();
        consents.record(new ConsentGiven(TRAJECTORY, UUID.randomUUID(), List.of(DAAN, MOTHER), List.of(MOTHER), TEACHER,
                List.of(Category.of(InformationCategory.PLAN_COPY)), List.of(CARE), T0, null, ConsentForm.WRITTEN,
                "DOC"), T0);
        consents.record(new DenialRecorded(TRAJECTORY, UUID.randomUUID(), List.of(MOTHER), List.of(MOTHER), TEACHER,
                List.of(Category.of(InformationCategory.SAFETY_CONCERNS),
                        new Category(InformationCategory.GOALS, LifeDomain.DOMESTIC_VIOLENCE),
                        new Category(InformationCategory.AGREEMENTS, LifeDomain.DOMESTIC_VIOLENCE)), T0), T0);

        PlanCopyRule.Copy copy = PlanCopyRule.decide(PLAN, consents, TEACHER, CARE, T0.plusSeconds(60), Instant.MAX);

        assertThat(copy.includes(PlanCopyRule.Section.GOAL, null, 1)).isTrue();
        assertThat(copy.includes(PlanCopyRule.Section.GOAL, null, 2)).isFalse();
        assertThat(copy.includes(PlanCopyRule.Section.AGREEMENT, null, 1)).isTrue();
        assertThat(copy.includes(PlanCopyRule.Section.AGREEMENT, null, 2)).isFalse();
        assertThat(copy.includes(PlanCopyRule.Section.SAFETY)).isFalse();
        // The round tables are covered but there are none: nothing of them leaves.
        assertThat(copy.includes(PlanCopyRule.Section.ROUND_TABLES)).isTrue();
        assertThat(copy.disclosed()).containsExactly(
                new DisclosedPart(MOTHER, Category.of(InformationCategory.CONTACT_DETAILS)),
                new DisclosedPart(DAAN, Category.of(InformationCategory.CONTACT_DETAILS)),
                new DisclosedPart(DAAN, SCHOOL_GOALS),
                new DisclosedPart(DAAN, new Category(InformationCategory.AGREEMENTS,
                        LifeDomain.EDUCATION_AND_UPBRINGING)));
    }

    @Test
    void withoutConsentACopyDisclosesNothing() {
        PlanCopyRule.Copy copy = PlanCopyRule.decide(PLAN, new ConsentRule(), TEACHER, CARE, T0, Instant.MAX);

        assertThat(copy.disclosed()).isEmpty();
        assertThat(copy.basis()).isEmpty();
        assertThat(copy.parts()).noneMatch(PlanCopyRule.DecidedPart::included);
    }
}
