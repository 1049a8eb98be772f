package nl.oneplan.query.consent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.oneplan.events.Category;
import nl.oneplan.events.ConsentReference;
import nl.oneplan.events.InformationCategory;
import nl.oneplan.events.LifeDomain;
import nl.oneplan.events.PartyKind;
import nl.oneplan.events.Recipient;
import nl.oneplan.query.plan.PlanView;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
        Recipient recipient = Recipient.participant(recipientId);
        List<UUID> everyone = plan.family().members().stream().map(PlanView.Member::memberId).toList();
        Set<Category> included = new LinkedHashSet<>();
        Set<ConsentReference> basis = new LinkedHashSet<>();
        Checker check = (members, category) -> {
            if (members.isEmpty()) {
                return true;
            }
            List<ConsentReference> covering = history.coveringConsents(members, category, recipient, at);
            if (covering != null) {
                included.add(category);
                basis.addAll(covering);
            }
            return covering != null;
        };
        ObjectNode copy = json.valueToTree(plan);
        copy.put("copyFor", recipientId.toString());
        copy.put("asOf", at.toString());

        Category contact = Category.of(InformationCategory.CONTACT_DETAILS);
        ObjectNode family = (ObjectNode) copy.get("family");
        ArrayNode members = (ArrayNode) family.get("members");
        for (int i = 0; i < members.size(); i++) {
            UUID member = plan.family().members().get(i).memberId();
            if (!check.covered(List.of(member), contact)) {
                members.set(i, withheld(contact));
            }
        }
        if (!check.covered(everyone, contact)) {
            for (String field : List.of("address", "placeOfResidence", "phone", "email", "importantInformation")) {
                family.set(field, withheld(contact));
            }
        }

        ArrayNode goals = (ArrayNode) copy.get("goals");
        for (int i = 0; i < goals.size(); i++) {
            PlanView.Goal goal = plan.goals().get(i);
            Category category = new Category(InformationCategory.GOALS, goal.lifeDomain());
            List<UUID> concerned = goal.memberIds().isEmpty() ? everyone : goal.memberIds();
            if (!check.covered(concerned, category)) {
                goals.set(i, withheld(Category.of(category.type())).put("number", goal.number()));
            }
        }
        ArrayNode agreements = (ArrayNode) copy.get("agreements");
        for (int i = 0; i < agreements.size(); i++) {
            PlanView.Agreement agreement = plan.agreements().get(i);
            PlanView.Goal goal = plan.goals().stream().filter(g -> agreement.goalNumber() != null
                    && g.number() == agreement.goalNumber()).findFirst().orElse(null);
            LifeDomain domain = goal == null ? null : goal.lifeDomain();
            Category category = new Category(InformationCategory.AGREEMENTS, domain);
            List<UUID> concerned = goal == null || goal.memberIds().isEmpty() ? everyone : goal.memberIds();
            if (!check.covered(concerned, category)) {
                agreements.set(i, withheld(Category.of(category.type())).put("number", agreement.number()));
            }
        }
        withholdUnlessCovered(copy, "roundTables", InformationCategory.ROUND_TABLE_MINUTES, everyone, check);
        withholdUnlessCovered(copy, "indications", InformationCategory.INDICATIONS, everyone, check);
        for (String field : List.of("directionLevels", "finalEvaluation")) {
            withholdUnlessCovered(copy, field, InformationCategory.DIRECTION_AND_EVALUATION, everyone, check);
        }
        for (String field : List.of("escalations", "escalationState", "safetyDecisions")) {
            withholdUnlessCovered(copy, field, InformationCategory.SAFETY_CONCERNS, everyone, check);
        }
        // Who may read OnePlan is not for a copy's reader.
        for (JsonNode person : copy.withArray("involved")) {
            ((ObjectNode) person).remove("userId");
        }
        copy.set("includedCategories", json.valueToTree(new ArrayList<>(included)));
        copy.set("consentBasis", json.valueToTree(new ArrayList<>(basis)));
        return copy;
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
            String name = plan.involved().stream().filter(person -> person.participantId().equals(participantId))
                    .map(PlanView.Involved::name).findFirst().orElse(null);
            ArrayNode invitedTo = json.createArrayNode();
            for (PlanView.RoundTable table : plan.roundTables()) {
                List<PlanView.Part> parts = table.parts().stream()
                        .filter(part -> name != null && part.invited().contains(name)).toList();
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

    /** Whether a part about these members in this category may be in the copy; remembers what allowed it. */
    private interface Checker {
        boolean covered(List<UUID> members, Category category);
    }

    private void withholdUnlessCovered(ObjectNode copy, String field, InformationCategory type, List<UUID> everyone,
                                       Checker check) {
        Category category = Category.of(type);
        if (!check.covered(everyone, category)) {
            copy.set(field, withheld(category));
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
