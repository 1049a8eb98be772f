package nl.oneplan.query.consent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.oneplan.events.Category;
import nl.oneplan.events.InformationCategory;
import nl.oneplan.events.LifeDomain;
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
        ObjectNode copy = json.valueToTree(plan);
        copy.put("copyFor", recipientId.toString());
        copy.put("asOf", at.toString());

        Category contact = Category.of(InformationCategory.CONTACT_DETAILS);
        ObjectNode family = (ObjectNode) copy.get("family");
        ArrayNode members = (ArrayNode) family.get("members");
        for (int i = 0; i < members.size(); i++) {
            UUID member = plan.family().members().get(i).memberId();
            if (!check(history, List.of(member), contact, recipient, at, included)) {
                members.set(i, withheld(contact));
            }
        }
        if (!check(history, everyone, contact, recipient, at, included)) {
            for (String field : List.of("address", "placeOfResidence", "phone", "email", "importantInformation")) {
                family.set(field, withheld(contact));
            }
        }

        ArrayNode goals = (ArrayNode) copy.get("goals");
        for (int i = 0; i < goals.size(); i++) {
            PlanView.Goal goal = plan.goals().get(i);
            Category category = new Category(InformationCategory.GOALS, goal.lifeDomain());
            List<UUID> concerned = goal.memberIds().isEmpty() ? everyone : goal.memberIds();
            if (!check(history, concerned, category, recipient, at, included)) {
                goals.set(i, withheld(category).put("number", goal.number()));
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
            if (!check(history, concerned, category, recipient, at, included)) {
                agreements.set(i, withheld(category).put("number", agreement.number()));
            }
        }
        withholdUnlessCovered(copy, "roundTables", InformationCategory.ROUND_TABLE_MINUTES, history, everyone,
                recipient, at, included);
        withholdUnlessCovered(copy, "indications", InformationCategory.INDICATIONS, history, everyone, recipient, at,
                included);
        for (String field : List.of("directionLevels", "finalEvaluation")) {
            withholdUnlessCovered(copy, field, InformationCategory.DIRECTION_AND_EVALUATION, history, everyone,
                    recipient, at, included);
        }
        for (String field : List.of("escalations", "escalationState", "safetyDecisions")) {
            withholdUnlessCovered(copy, field, InformationCategory.SAFETY_CONCERNS, history, everyone, recipient, at,
                    included);
        }
        // Who may read OnePlan is not for a copy's reader.
        for (JsonNode person : copy.withArray("involved")) {
            ((ObjectNode) person).remove("userId");
        }
        copy.set("includedCategories", json.valueToTree(new ArrayList<>(included)));
        return copy;
    }

    private void withholdUnlessCovered(ObjectNode copy, String field, InformationCategory type,
                                       ConsentHistory history, List<UUID> everyone, Recipient recipient, Instant at,
                                       Set<Category> included) {
        Category category = Category.of(type);
        if (!check(history, everyone, category, recipient, at, included)) {
            copy.set(field, withheld(category));
        }
    }

    private static boolean check(ConsentHistory history, List<UUID> members, Category category, Recipient recipient,
                                 Instant at, Set<Category> included) {
        if (members.isEmpty()) {
            return true;
        }
        boolean covered = history.covers(members, category, recipient, at);
        if (covered) {
            included.add(category);
        }
        return covered;
    }

    private ObjectNode withheld(Category category) {
        ObjectNode marker = json.createObjectNode();
        marker.put("withheld", true);
        marker.set("category", json.valueToTree(category));
        marker.put("reason", "not covered by the family's consent for this recipient");
        return marker;
    }
}
