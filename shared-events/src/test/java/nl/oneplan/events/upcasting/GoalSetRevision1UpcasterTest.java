package nl.oneplan.events.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.oneplan.events.GoalSet;
import nl.oneplan.events.LifeDomain;
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

class GoalSetRevision1UpcasterTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(JSON).build();

    private IntermediateEventRepresentation stored(String revision, String payload) {
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("FamilyTrajectory",
                UUID.randomUUID().toString(), 5, UUID.randomUUID().toString(), Instant.now(),
                GoalSet.class.getName(), revision, payload, "{}"), serializer);
    }

    @Test
    void aRevisionOneGoalBecomesRevisionTwoWithItsAuthorshipNotRecorded() throws Exception {
        UUID trajectory = UUID.randomUUID();
        String revisionOne = """
                {"trajectoryId":"%s","goalNumber":1,"description":"Naar school","lifeDomain":"EDUCATION_AND_UPBRINGING",
                 "memberIds":[],"startDate":"2026-01-05","plannedEndDate":"2026-06-30"}""".formatted(trajectory);

        List<IntermediateEventRepresentation> upcast = new GoalSetRevision1Upcaster()
                .upcast(Stream.of(stored("1", revisionOne))).toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        JsonNode payload = upcast.get(0).getData(JsonNode.class).getData();
        assertThat(payload.has("formulatedBy")).isTrue();
        assertThat(payload.get("formulatedBy").isNull()).isTrue();
        assertThat(JSON.treeToValue(payload, GoalSet.class)).isEqualTo(new GoalSet(trajectory, 1, "Naar school",
                LifeDomain.EDUCATION_AND_UPBRINGING, List.of(), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 30),
                null));
    }

    @Test
    void revisionTwoPassesUnchanged() {
        IntermediateEventRepresentation current = stored("2", "{\"formulatedBy\":\"FAMILY\"}");

        List<IntermediateEventRepresentation> upcast = new GoalSetRevision1Upcaster()
                .upcast(Stream.of(current)).toList();

        assertThat(upcast).containsExactly(current);
    }
}
