package nl.oneplan.rules;

import nl.oneplan.events.Category;
import nl.oneplan.events.ConsentReference;
import nl.oneplan.events.DisclosedPart;
import nl.oneplan.events.InformationCategory;
import nl.oneplan.events.LifeDomain;
import nl.oneplan.events.Purpose;
import nl.oneplan.events.Recipient;
import nl.oneplan.events.UncoveredPair;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a recipient's copy of the family plan contains: the plan cut into parts (each member's
 * details, the family's contact details, each goal, each agreement, and the round tables,
 * indications, direction and evaluation, and safety sections), each with the members it is about
 * and its information category, and for each part whether the family's consent covers it. Issuing
 * a copy (command side) and showing one (read side) cut and decide alike through this class.
 */
public final class PlanCopyRule {

    private PlanCopyRule() {
    }

    /** The plan as far as cutting it needs: its members, goals and agreements, and which sections have content. */
    public record Outline(List<UUID> members, boolean hasFamilyContact, List<GoalOutline> goals,
                          List<AgreementOutline> agreements, boolean hasRoundTables, boolean hasIndications,
                          boolean hasDirectionOrEvaluation, boolean hasSafety) {
    }

    /** A goal: its number, life domain and the members it concerns (none: the whole family). */
    public record GoalOutline(int number, LifeDomain lifeDomain, List<UUID> memberIds) {
    }

    /** An agreement and the goal it serves, if any. */
    public record AgreementOutline(int number, Integer goalNumber) {
    }

    /** Which part of the plan. */
    public enum Section { MEMBER, FAMILY_CONTACT, GOAL, AGREEMENT, ROUND_TABLES, INDICATIONS,
        DIRECTION_AND_EVALUATION, SAFETY }

    /**
     * One part: a member's row ({@code member}), a goal or agreement ({@code number}) or a section.
     * {@code present} is false for a section without content: it is cut and decided like any other,
     * but a copy that leaves it out discloses nothing by it.
     */
    public record Part(Section section, UUID member, Integer number, List<UUID> about, Category category,
                       boolean present) {
    }

    /** A part with the verdict on it: the consents that include it, or the pairs that keep it out. */
    public record DecidedPart(Part part, boolean included, List<ConsentReference> basis,
                              List<UncoveredPair> uncovered) {
    }

    /** The copy: every part decided, the consents that allowed what is included, and what it discloses. */
    public record Copy(List<DecidedPart> parts, List<ConsentReference> basis) {

        public boolean includes(Section section, UUID member, Integer number) {
            return parts.stream().anyMatch(decided -> decided.included() && decided.part().section() == section
                    && java.util.Objects.equals(decided.part().member(), member)
                    && java.util.Objects.equals(decided.part().number(), number));
        }

        public boolean includes(Section section) {
            return includes(section, null, null);
        }

        /** Exactly the (member, category) pairs that leave with the copy: included parts with content. */
        public List<DisclosedPart> disclosed() {
            Set<DisclosedPart> pairs = new LinkedHashSet<>();
            for (DecidedPart decided : parts) {
                if (decided.included() && decided.part().present()) {
                    decided.part().about().forEach(member -> pairs.add(new DisclosedPart(member,
                            decided.part().category())));
                }
            }
            return List.copyOf(pairs);
        }

        /** Why nothing of the plan could go, pair by pair: the uncovered pairs of the parts with content. */
        public List<UncoveredPair> uncovered() {
            return parts.stream().filter(decided -> decided.part().present())
                    .flatMap(decided -> decided.uncovered().stream()).distinct().toList();
        }

        /** The categories the copy contains. */
        public List<Category> categories() {
            return disclosed().stream().map(DisclosedPart::category).distinct().toList();
        }
    }

    public static List<Part> parts(Outline plan) {
        List<Part> parts = new ArrayList<>();
        Category contact = Category.of(InformationCategory.CONTACT_DETAILS);
        for (UUID member : plan.members()) {
            parts.add(new Part(Section.MEMBER, member, null, List.of(member), contact, true));
        }
        parts.add(new Part(Section.FAMILY_CONTACT, null, null, plan.members(), contact, plan.hasFamilyContact()));
        for (GoalOutline goal : plan.goals()) {
            parts.add(new Part(Section.GOAL, null, goal.number(), concerned(plan, goal),
                    new Category(InformationCategory.GOALS, goal.lifeDomain()), true));
        }
        for (AgreementOutline agreement : plan.agreements()) {
            GoalOutline goal = plan.goals().stream().filter(g -> agreement.goalNumber() != null
                    && g.number() == agreement.goalNumber()).findFirst().orElse(null);
            parts.add(new Part(Section.AGREEMENT, null, agreement.number(),
                    goal == null ? plan.members() : concerned(plan, goal),
                    new Category(InformationCategory.AGREEMENTS, goal == null ? null : goal.lifeDomain()), true));
        }
        parts.add(section(plan, Section.ROUND_TABLES, InformationCategory.ROUND_TABLE_MINUTES, plan.hasRoundTables()));
        parts.add(section(plan, Section.INDICATIONS, InformationCategory.INDICATIONS, plan.hasIndications()));
        parts.add(section(plan, Section.DIRECTION_AND_EVALUATION, InformationCategory.DIRECTION_AND_EVALUATION,
                plan.hasDirectionOrEvaluation()));
        parts.add(section(plan, Section.SAFETY, InformationCategory.SAFETY_CONCERNS, plan.hasSafety()));
        return parts;
    }

    /** Decides every part: included only if every member it is about is covered (deny wins). */
    public static Copy decide(Outline plan, ConsentRule consents, Recipient recipient, Purpose purpose, Instant at,
                              Instant knownAt) {
        List<DecidedPart> decided = new ArrayList<>();
        Set<ConsentReference> basis = new LinkedHashSet<>();
        for (Part part : parts(plan)) {
            ConsentRule.Decision decision = consents.decide(part.about().stream()
                    .map(member -> new DisclosedPart(member, part.category())).toList(), recipient, purpose, at, knownAt);
            boolean included = decision.covered();
            decided.add(new DecidedPart(part, included, included ? decision.basis() : List.of(),
                    decision.uncovered()));
            if (included && part.present()) {
                basis.addAll(decision.basis());
            }
        }
        return new Copy(List.copyOf(decided), List.copyOf(basis));
    }

    private static List<UUID> concerned(Outline plan, GoalOutline goal) {
        return goal.memberIds() == null || goal.memberIds().isEmpty() ? plan.members() : goal.memberIds();
    }

    private static Part section(Outline plan, Section section, InformationCategory type, boolean present) {
        return new Part(section, null, null, plan.members(), Category.of(type), present);
    }
}
