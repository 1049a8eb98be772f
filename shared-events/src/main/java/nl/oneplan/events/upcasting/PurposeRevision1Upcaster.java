package nl.oneplan.events.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.oneplan.events.ConsentGiven;
import nl.oneplan.events.DisclosureRefused;
import nl.oneplan.events.InformationShared;
import nl.oneplan.events.Purpose;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.Set;

/**
 * Revision 1 of {@link ConsentGiven}, {@link InformationShared} and {@link DisclosureRefused} had
 * one free-text purpose. Revision 2 binds purposes to the catalogue. An old purpose becomes
 * {@link Purpose#UNSPECIFIED} keeping its text, which only matches another unspecified purpose:
 * every verdict on old disclosures stays what it was, and no old consent silently covers a new
 * purpose. An old disclosure had every member with every category; its parts say so.
 */
public class PurposeRevision1Upcaster extends SingleEventUpcaster {

    private static final Set<String> TYPES = Set.of(ConsentGiven.class.getName(), InformationShared.class.getName(),
            DisclosureRefused.class.getName());

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPES.contains(representation.getType().getName())
                && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String type = representation.getType().getName();
        return representation.upcastPayload(new SimpleSerializedType(type, "2"), JsonNode.class, payload -> {
            ObjectNode event = (ObjectNode) payload;
            ObjectNode purpose = unspecified(event.path("purpose"));
            event.remove("purpose");
            if (type.equals(ConsentGiven.class.getName())) {
                event.putArray("purposes").add(purpose);
            } else {
                event.set("purpose", purpose);
            }
            if (type.equals(InformationShared.class.getName())) {
                ArrayNode parts = event.putArray("parts");
                for (JsonNode member : event.path("aboutMemberIds")) {
                    for (JsonNode category : event.path("categories")) {
                        ObjectNode part = parts.addObject();
                        part.set("memberId", member);
                        part.set("category", category);
                    }
                }
            }
            return event;
        });
    }

    private static ObjectNode unspecified(JsonNode text) {
        ObjectNode purpose = JsonNodeFactory.instance.objectNode();
        purpose.put("code", Purpose.UNSPECIFIED);
        purpose.set("text", text.isTextual() ? text : JsonNodeFactory.instance.nullNode());
        return purpose;
    }
}
