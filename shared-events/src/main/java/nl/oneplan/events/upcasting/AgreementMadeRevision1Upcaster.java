package nl.oneplan.events.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.oneplan.events.AgreementMade;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * {@link AgreementMade} revision 1 stored the Dutch wording of a standard agreement in
 * {@code what}; revision 2 leaves it to readers, who word it from {@code standard}. Any other
 * agreement keeps its {@code what} as it was written.
 */
public class AgreementMadeRevision1Upcaster extends SingleEventUpcaster {

    private static final String TYPE = AgreementMade.class.getName();
    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(TYPE, "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(TYPE, "2"), JsonNode.class, payload -> {
            ObjectNode event = (ObjectNode) payload;
            if (event.hasNonNull("standard")) {
                event.putNull("what");
            }
            return event;
        });
    }
}
