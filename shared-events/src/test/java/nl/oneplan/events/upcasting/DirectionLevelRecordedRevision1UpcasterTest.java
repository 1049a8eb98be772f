package nl.oneplan.events.upcasting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.oneplan.events.DirectionLevel;
import nl.oneplan.events.DirectionLevelRecorded;
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

class DirectionLevelRecordedRevision1UpcasterTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final UUID TRAJECTORY = UUID.randomUUID();
    private static final UUID MOTHER = UUID.randomUUID();
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(JSON).build();

    private DirectionLevelRecorded upcast(String lifeDomain, String note, boolean dueToSafetyDecision)
            throws Exception {
        String revisionOne = """
                {"trajectoryId":"%s","memberId":"%s","lifeDomain":%s,"level":"INFORMATION_PROVIDER",
                 "recordedOn":"2026-02-12","note":%s,"dueToSafetyDecision":%s}""".formatted(TRAJECTORY, MOTHER,
                lifeDomain == null ? "null" : "\"" + lifeDomain + "\"", note == null ? "null" : JSON.writeValueAsString(note),
                dueToSafetyDecision);
        IntermediateEventRepresentation stored = new InitialEventRepresentation(new GenericDomainEventEntry<>(
                "FamilyTrajectory", TRAJECTORY.toString(), 9, UUID.randomUUID().toString(), Instant.now(),
                DirectionLevelRecorded.class.getName(), "1", revisionOne, "{}"), serializer);
        List<IntermediateEventRepresentation> upcast = new DirectionLevelRecordedRevision1Upcaster()
                .upcast(Stream.of(stored)).toList();
        assertThat(upcast).singleElement().satisfies(event -> assertThat(event.getType().getRevision()).isEqualTo("2"));
        return JSON.treeToValue(upcast.get(0).getData(com.fasterxml.jackson.databind.JsonNode.class).getData(),
                DirectionLevelRecorded.class);
    }

    @Test
    void aLevelLoweredByASafetyDecisionNamesTheDecisionByNumberInsteadOfDutchText() throws Exception {
        assertThat(upcast(null, "Veiligheidsbesluit 12: Daan tijdelijk bij oma\nnaast school", true))
                .isEqualTo(DirectionLevelRecorded.bySafetyDecision(TRAJECTORY, MOTHER,
                        DirectionLevel.INFORMATION_PROVIDER, LocalDate.of(2026, 2, 12), 12));
    }

    @Test
    void theCoordinatorsOwnNoteIsKeptAsWritten() throws Exception {
        assertThat(upcast("HOUSING", "Veiligheidsbesluit 3: besproken met moeder", false))
                .isEqualTo(DirectionLevelRecorded.recorded(TRAJECTORY, MOTHER, LifeDomain.HOUSING,
                        DirectionLevel.INFORMATION_PROVIDER, LocalDate.of(2026, 2, 12),
                        "Veiligheidsbesluit 3: besproken met moeder"));
        assertThat(upcast(null, null, false).note()).isNull();
    }

    @Test
    void aSafetyNoteOfAnotherShapeStaysFlaggedWithItsTextAndNoNumber() throws Exception {
        DirectionLevelRecorded event = upcast(null, "Besluit teamleider", true);

        assertThat(event.dueToSafetyDecision()).isTrue();
        assertThat(event.safetyDecisionNumber()).isNull();
        assertThat(event.note()).isEqualTo("Besluit teamleider");
    }
}
