package nl.oneplan.events.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.oneplan.events.Escalated;
import nl.oneplan.events.EscalationReason;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * {@link Escalated} revision 1 had the reason as free text only; revision 2 codes it. Old
 * escalations say so: {@code NOT_RECORDED}, never a code guessed from the text.
 */
public class EscalatedRevision1Upcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(Escalated.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(Escalated.class.getName(), "2"), JsonNode.class,
                payload -> {
                    ((ObjectNode) payload).put("reasonCode", EscalationReason.NOT_RECORDED.name());
                    return payload;
                });
    }
}
