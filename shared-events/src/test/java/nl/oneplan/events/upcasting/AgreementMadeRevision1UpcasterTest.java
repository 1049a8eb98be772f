package nl.oneplan.events.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.oneplan.events.AgreementMade;
import nl.oneplan.events.PartyRef;
import nl.oneplan.events.StandardAgreement;
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

class AgreementMadeRevision1UpcasterTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final UUID TRAJECTORY = UUID.randomUUID();
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(JSON).build();

    private AgreementMade upcast(String revisionOne) throws Exception {
        IntermediateEventRepresentation stored = new InitialEventRepresentation(new GenericDomainEventEntry<>(
                "FamilyTrajectory", TRAJECTORY.toString(), 1, UUID.randomUUID().toString(), Instant.now(),
                AgreementMade.class.getName(), "1", revisionOne, "{}"), serializer);
        List<IntermediateEventRepresentation> upcast = new AgreementMadeRevision1Upcaster()
                .upcast(Stream.of(stored)).toList();
        assertThat(upcast).singleElement().satisfies(event -> assertThat(event.getType().getRevision()).isEqualTo("2"));
        return JSON.treeToValue(upcast.get(0).getData(JsonNode.class).getData(), AgreementMade.class);
    }

    @Test
    void aStandardAgreementLosesItsDutchWordingAndKeepsItsCode() throws Exception {
        assertThat(upcast("""
                {"trajectoryId":"%s","agreementNumber":1,"goalNumber":null,"who":{"kind":"COORDINATOR_WITH_FAMILY"},
                 "what":"Eindevaluatie: samen met het gezin bespreken hoe de samenwerking is verlopen",
                 "startDate":"2026-01-05","plannedEndDate":null,"standard":"FINAL_EVALUATION"}""".formatted(TRAJECTORY)))
                .isEqualTo(AgreementMade.standard(TRAJECTORY, 1, StandardAgreement.FINAL_EVALUATION,
                        LocalDate.of(2026, 1, 5)));
    }

    @Test
    void anAgreementTheFamilyMadeKeepsWhatItSays() throws Exception {
        UUID aunt = UUID.randomUUID();
        assertThat(upcast("""
                {"trajectoryId":"%s","agreementNumber":3,"goalNumber":2,"who":{"kind":"PARTICIPANT","id":"%s"},
                 "what":"Samen de post openen","startDate":"2026-02-11","plannedEndDate":"2026-03-31",
                 "standard":null}""".formatted(TRAJECTORY, aunt)))
                .isEqualTo(new AgreementMade(TRAJECTORY, 3, 2, PartyRef.participant(aunt), "Samen de post openen",
                        LocalDate.of(2026, 2, 11), LocalDate.of(2026, 3, 31), null));
    }
}
