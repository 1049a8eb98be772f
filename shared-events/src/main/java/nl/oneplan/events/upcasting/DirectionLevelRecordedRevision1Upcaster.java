package nl.oneplan.events.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.oneplan.events.DirectionLevelRecorded;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link DirectionLevelRecorded} revision 1 wrote a safety decision into the note as display text,
 * {@code "Veiligheidsbesluit 2: <decision>"}; revision 2 carries the decision's number and leaves
 * the note to the coordinator. A note of another shape is kept as it was, without a number.
 */
public class DirectionLevelRecordedRevision1Upcaster extends SingleEventUpcaster {

    private static final String TYPE = DirectionLevelRecorded.class.getName();
    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(TYPE, "1");
    private static final Pattern SAFETY_NOTE = Pattern.compile("^Veiligheidsbesluit (\\d{1,9}): ", Pattern.DOTALL);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(TYPE, "2"), JsonNode.class, payload -> {
            ObjectNode event = (ObjectNode) payload;
            event.putNull("safetyDecisionNumber");
            JsonNode note = event.path("note");
            if (event.path("dueToSafetyDecision").asBoolean(false) && note.isTextual()) {
                Matcher matcher = SAFETY_NOTE.matcher(note.asText());
                if (matcher.find()) {
                    event.put("safetyDecisionNumber", Integer.parseInt(matcher.group(1)));
                    event.putNull("note");
                }
            }
            return event;
        });
    }
}
