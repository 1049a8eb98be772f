package nl.oneplan.events.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.oneplan.events.Escalated;
import nl.oneplan.events.EscalationLevel;
import nl.oneplan.events.EscalationReason;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class EscalatedRevision1UpcasterTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(JSON).build();

    private IntermediateEventRepresentation stored(String revision, String payload) {
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("FamilyTrajectory",
                UUID.randomUUID().toString(), 7, UUID.randomUUID().toString(), Instant.now(),
                Escalated.class.getName(), revision, payload, "{}"), serializer);
    }

    @Test
    void aRevisionOneEscalationBecomesRevisionTwoWithItsReasonNotRecorded() throws Exception {
        UUID trajectory = UUID.randomUUID();
        String revisionOne = """
                {"trajectoryId":"%s","escalationNumber":1,"to":"MANAGEMENT","reason":"Plan loopt vast",
                 "escalatedOn":"2026-02-01"}""".formatted(trajectory);

        List<IntermediateEventRepresentation> upcast = new EscalatedRevision1Upcaster()
                .upcast(Stream.of(stored("1", revisionOne))).toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        JsonNode payload = upcast.get(0).getData(JsonNode.class).getData();
        assertThat(JSON.treeToValue(payload, Escalated.class)).isEqualTo(new Escalated(trajectory, 1,
                EscalationLevel.MANAGEMENT, EscalationReason.NOT_RECORDED, "Plan loopt vast",
                LocalDate.of(2026, 2, 1)));
    }

    @Test
    void revisionTwoPassesUnchanged() {
        IntermediateEventRepresentation current = stored("2", "{\"reasonCode\":\"NO_PROGRESS\"}");

        List<IntermediateEventRepresentation> upcast = new EscalatedRevision1Upcaster()
                .upcast(Stream.of(current)).toList();

        assertThat(upcast).containsExactly(current);
    }
}
