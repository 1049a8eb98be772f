package nl.oneplan.events.upcasting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.oneplan.events.Category;
import nl.oneplan.events.ConsentGiven;
import nl.oneplan.events.DisclosedPart;
import nl.oneplan.events.DisclosureRefused;
import nl.oneplan.events.InformationCategory;
import nl.oneplan.events.InformationShared;
import nl.oneplan.events.Purpose;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PurposeRevision1UpcasterTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(JSON).build();
    private final UUID trajectory = UUID.randomUUID();
    private final UUID daan = UUID.randomUUID();
    private final UUID mother = UUID.randomUUID();

    private <T> T upcast(Class<T> type, String revision, String payload) throws Exception {
        IntermediateEventRepresentation stored = new InitialEventRepresentation(new GenericDomainEventEntry<>(
                "FamilyTrajectory", trajectory.toString(), 5, UUID.randomUUID().toString(), Instant.now(),
                type.getName(), revision, payload, "{}"), serializer);
        List<IntermediateEventRepresentation> upcast = new PurposeRevision1Upcaster().upcast(Stream.of(stored))
                .toList();
        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        return JSON.treeToValue(upcast.get(0).getData(com.fasterxml.jackson.databind.JsonNode.class).getData(), type);
    }

    @Test
    void anOldConsentKeepsItsTextAsAnUnspecifiedPurpose() throws Exception {
        ConsentGiven consent = upcast(ConsentGiven.class, "1", """
                {"trajectoryId":"%s","consentId":"%s","aboutMemberIds":["%s"],"givenByMemberIds":["%s"],
                 "recipient":{"organisation":"School"},"categories":[{"type":"GOALS"}],"purpose":"Afstemming",
                 "validFrom":"2026-01-05T09:00:00Z","form":"VERBAL"}""".formatted(trajectory, UUID.randomUUID(), daan,
                mother));

        assertThat(consent.purposes()).containsExactly(new Purpose(Purpose.UNSPECIFIED, "Afstemming"));
    }

    @Test
    void anOldDisclosureSharedEveryCategoryAboutEveryMember() throws Exception {
        InformationShared shared = upcast(InformationShared.class, "1", """
                {"trajectoryId":"%s","disclosureId":"%s","recipient":{"organisation":"School"},
                 "aboutMemberIds":["%s","%s"],"categories":[{"type":"GOALS"},{"type":"CONTACT_DETAILS"}],
                 "purpose":"Voortgang","channel":"EMAIL","sharedAt":"2026-01-06T09:00:00Z","basis":[]}"""
                .formatted(trajectory, UUID.randomUUID(), daan, mother));

        assertThat(shared.purpose()).isEqualTo(new Purpose(Purpose.UNSPECIFIED, "Voortgang"));
        Category goals = Category.of(InformationCategory.GOALS);
        Category contact = Category.of(InformationCategory.CONTACT_DETAILS);
        assertThat(shared.parts()).containsExactly(new DisclosedPart(daan, goals), new DisclosedPart(daan, contact),
                new DisclosedPart(mother, goals), new DisclosedPart(mother, contact));
    }

    @Test
    void anOldRefusalKeepsItsPurposeText() throws Exception {
        DisclosureRefused refused = upcast(DisclosureRefused.class, "1", """
                {"trajectoryId":"%s","attemptId":"%s","recipient":{"organisation":"School"},"aboutMemberIds":["%s"],
                 "categories":[{"type":"GOALS"}],"purpose":"Voortgang","channel":"EMAIL",
                 "sharedAt":"2026-01-06T09:00:00Z","uncovered":[]}""".formatted(trajectory, UUID.randomUUID(), daan));

        assertThat(refused.purpose()).isEqualTo(new Purpose(Purpose.UNSPECIFIED, "Voortgang"));
    }
}
