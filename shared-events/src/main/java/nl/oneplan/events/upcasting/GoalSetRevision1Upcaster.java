package nl.oneplan.events.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.oneplan.events.GoalSet;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * {@link GoalSet} revision 1 did not record who formulated the goal; revision 2 does. Old goals
 * say so explicitly: {@code formulatedBy} is null, "not recorded", never a guess.
 */
public class GoalSetRevision1Upcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(GoalSet.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(GoalSet.class.getName(), "2"), JsonNode.class,
                payload -> {
                    ((ObjectNode) payload).putNull("formulatedBy");
                    return payload;
                });
    }
}
