package nl.oneplan.query.consent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.oneplan.events.Category;
import nl.oneplan.events.DisclosedPart;
import nl.oneplan.events.InformationCategory;
import nl.oneplan.events.PartyKind;
import nl.oneplan.events.Purpose;
import nl.oneplan.events.Recipient;
import nl.oneplan.query.plan.PlanView;
import nl.oneplan.rules.PlanCopyRule;
import nl.oneplan.rules.PlanCopyRule.Section;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The copy of a family plan for one recipient: every part the family consented to share with
 * them, and in place of each other part a visible "withheld" marker, never a silent gap. The
 * copy also names the categories it contains, which is what issuing it shares.
 */
@Component
public class PlanCopies {

    private final ObjectMapper json;

    PlanCopies(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode copyFor(PlanView plan, UUID recipientId, ConsentHistory history, Instant at) {
        return copyFor(plan, recipientId, Purpose.of(Purpose.CARE_COORDINATION), history, at);
    }

    /**
     * The copy for {@code purpose}, cut and decided by the shared {@link PlanCopyRule} exactly as
     * issuing it decides; {@code disclosedParts} is what issuing it now would record.
     */
    public ObjectNode copyFor(PlanView plan, UUID recipientId, Purpose purpose, ConsentHistory history, Instant at) {
        PlanCopyRule.Copy decided = PlanCopyRule.decide(outline(plan), history.rule(),
                Recipient.participant(recipientId), purpose, at, Instant.MAX);
        ObjectNode copy = json.valueToTree(plan);
        copy.put("copyFor", recipientId.toString());
        copy.put("asOf", at.toString());
        copy.set("purpose", json.valueToTree(purpose));

        Category contact = Category.of(InformationCategory.CONTACT_DETAILS);
        ObjectNode family = (ObjectNode) copy.get("family");
        ArrayNode members = (ArrayNode) family.get("members");
        // A member whom shared parts are about is named (those parts name them anyway); their details stay out.
        Set<UUID> subjects = decided.disclosed().stream().map(DisclosedPart::memberId).collect(Collectors.toSet());
        for (int i = 0; i < members.size(); i++) {
            PlanView.Member member = plan.family().members().get(i);
            if (!decided.includes(Section.MEMBER, member.memberId(), null)) {
                ObjectNode marker = withheld(contact);
                if (subjects.contains(member.memberId())) {
                    marker.put("name", member.name());
                }
                members.set(i, marker);
            }
        }
        if (!decided.includes(Section.FAMILY_CONTACT)) {
            for (String field : List.of("address", "placeOfResidence", "phone", "email", "importantInformation")) {
                family.set(field, withheld(contact));
            }
        }
        ArrayNode goals = (ArrayNode) copy.get("goals");
        for (int i = 0; i < goals.size(); i++) {
            int number = plan.goals().get(i).number();
            if (!decided.includes(Section.GOAL, null, number)) {
                goals.set(i, withheld(Category.of(InformationCategory.GOALS)).put("number", number));
            }
        }
        ArrayNode agreements = (ArrayNode) copy.get("agreements");
        for (int i = 0; i < agreements.size(); i++) {
            int number = plan.agreements().get(i).number();
            if (!decided.includes(Section.AGREEMENT, null, number)) {
                agreements.set(i, withheld(Category.of(InformationCategory.AGREEMENTS)).put("number", number));
            }
        }
        withholdUnlessIncluded(copy, decided, Section.ROUND_TABLES, InformationCategory.ROUND_TABLE_MINUTES,
                "roundTables");
        withholdUnlessIncluded(copy, decided, Section.INDICATIONS, InformationCategory.INDICATIONS, "indications");
        withholdUnlessIncluded(copy, decided, Section.DIRECTION_AND_EVALUATION,
                InformationCategory.DIRECTION_AND_EVALUATION, "directionLevels", "finalEvaluation");
        withholdUnlessIncluded(copy, decided, Section.SAFETY, InformationCategory.SAFETY_CONCERNS,
                "escalations", "escalationState", "safetyDecisions");
        // An earlier closure's evaluation is evaluation like the current one: only with that consent.
        if (!decided.includes(Section.DIRECTION_AND_EVALUATION)) {
            for (JsonNode reopening : copy.path("closure").withArray("reopenings")) {
                ((ObjectNode) reopening).remove("evaluation");
            }
        }
        // Who may read OnePlan is not for a copy's reader.
        for (JsonNode person : copy.withArray("involved")) {
            ((ObjectNode) person).remove("userId");
        }
        copy.set("includedCategories", json.valueToTree(decided.categories()));
        copy.set("disclosedParts", json.valueToTree(decided.disclosed()));
        copy.set("consentBasis", json.valueToTree(decided.basis()));
        return copy;
    }

    /** The plan as the shared copy rule cuts it; the command side builds the same outline from its state. */
    static PlanCopyRule.Outline outline(PlanView plan) {
        return new PlanCopyRule.Outline(plan.family().members().stream().map(PlanView.Member::memberId).toList(),
                plan.family().hasContact(),
                plan.goals().stream().map(goal -> new PlanCopyRule.GoalOutline(goal.number(), goal.lifeDomain(),
                        goal.memberIds())).toList(),
                plan.agreements().stream().map(agreement -> new PlanCopyRule.AgreementOutline(agreement.number(),
                        agreement.goalNumber())).toList(),
                !plan.roundTables().isEmpty(), !plan.indications().isEmpty(),
                !plan.directionLevels().isEmpty() || plan.finalEvaluation() != null,
                !plan.escalations().isEmpty() || !plan.safetyDecisions().isEmpty());
    }

    /**
     * What an involved professional who does not coordinate reads as the plan: their copy, plus
     * what is theirs whatever the consent says: the agreements they carry and the parts of round
     * tables they were invited to (without the minutes unless the copy holds them).
     */
    public ObjectNode readersCopy(PlanView plan, UUID participantId, ConsentHistory history, Instant at) {
        ObjectNode copy = copyFor(plan, participantId, history, at);
        ArrayNode agreements = (ArrayNode) copy.get("agreements");
        for (int i = 0; i < agreements.size(); i++) {
            PlanView.Agreement agreement = plan.agreements().get(i);
            if (agreement.who() != null && agreement.who().kind() == PartyKind.PARTICIPANT
                    && participantId.equals(agreement.who().id()) && agreements.get(i).has("withheld")) {
                ObjectNode own = json.valueToTree(agreement);
                own.put("carriedByYou", true);
                agreements.set(i, own);
            }
        }
        if (copy.path("roundTables").has("withheld")) {
            ArrayNode invitedTo = json.createArrayNode();
            for (PlanView.RoundTable table : plan.roundTables()) {
                List<PlanView.Part> parts = table.parts().stream().filter(part -> part.invited().stream()
                        .anyMatch(person -> participantId.equals(person.id()))).toList();
                if (!parts.isEmpty()) {
                    ObjectNode own = invitedTo.addObject();
                    own.put("number", table.number());
                    own.set("startsAt", json.valueToTree(table.startsAt()));
                    own.put("place", table.place());
                    own.set("parts", json.valueToTree(parts));
                    own.set("heldOn", json.valueToTree(table.heldOn()));
                    own.set("minutes", withheld(Category.of(InformationCategory.ROUND_TABLE_MINUTES)));
                }
            }
            copy.set("roundTablesInvitedTo", invitedTo);
        }
        return copy;
    }

    private void withholdUnlessIncluded(ObjectNode copy, PlanCopyRule.Copy decided, Section section,
                                        InformationCategory type, String... fields) {
        if (!decided.includes(section)) {
            for (String field : fields) {
                copy.set(field, withheld(Category.of(type)));
            }
        }
    }

    /**
     * A withheld part names only its kind of information: a goal's life domain would already tell
     * the reader what the family kept from them (that there is a domestic-violence goal).
     */
    private ObjectNode withheld(Category category) {
        ObjectNode marker = json.createObjectNode();
        marker.put("withheld", true);
        marker.set("category", json.valueToTree(category));
        marker.put("reason", "not covered by the family's consent for this recipient");
        return marker;
    }
}
