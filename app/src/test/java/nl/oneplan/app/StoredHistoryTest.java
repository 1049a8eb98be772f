package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Events stored in an older shape stay readable: the application upcasts them on the way in. */
class StoredHistoryTest extends PostgresIntegrationTest {

    @Autowired
    private Configuration axon;
    @Autowired
    private Serializer serializer;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theApplicationsUpcasterChainReadsRevisionOneGoalsAsRevisionTwo() {
        IntermediateEventRepresentation stored = new InitialEventRepresentation(new GenericDomainEventEntry<>(
                "FamilyTrajectory", UUID.randomUUID().toString(), 5, UUID.randomUUID().toString(), Instant.now(),
                "nl.oneplan.events.GoalSet", "1", "{\"goalNumber\":1}".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8)), serializer);

        List<IntermediateEventRepresentation> read = axon.upcasterChain().upcast(Stream.of(stored)).toList();

        assertThat(read.get(0).getType().getRevision()).isEqualTo("2");
        assertThat(read.get(0).getData(JsonNode.class).getData().has("formulatedBy")).isTrue();
    }

    @Test
    void aTrajectoryWithARevisionOneGoalInItsHistoryWorksOn() {
        Api api = api();
        Response opened = api.post("/api/trajectories", """
                {"familyName":"Oud","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""");
        String id = opened.text("trajectoryId");
        // A goal as revision 1 stored it: no formulatedBy.
        storeRevisionOne(id, "nl.oneplan.events.GoalSet", "{\"trajectoryId\":\"" + id + "\",\"goalNumber\":1,"
                + "\"description\":\"Oud doel\",\"lifeDomain\":\"HOUSING\",\"memberIds\":[],"
                + "\"startDate\":\"2026-01-05\",\"plannedEndDate\":\"2026-06-30\"}");

        Response achieved = api.post("/api/trajectories/" + id + "/goals/1/achievement",
                "{\"achievedOn\":\"2026-02-01\"}");
        assertThat(achieved.status()).as(achieved.toString()).isEqualTo(200);

        JsonNode plan = api.get("/api/trajectories/" + id + "/plan", "OnePlan-Consistency-Token",
                achieved.header("OnePlan-Consistency-Token")).body();
        assertThat(plan.path("goals").get(0).path("description").asText()).isEqualTo("Oud doel");
        assertThat(plan.path("goals").get(0).path("formulatedBy").isNull()).isTrue();
        assertThat(plan.path("goals").get(0).path("achievedOn").asText()).isEqualTo("2026-02-01");
    }

    @Test
    void anEscalationStoredBeforeReasonsWereCodedReadsAsNotRecordedAndCanBeResolved() {
        Api api = api();
        Response opened = api.post("/api/trajectories", """
                {"familyName":"Oud","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""");
        String id = opened.text("trajectoryId");
        // An escalation as revision 1 stored it: the reason as free text only.
        storeRevisionOne(id, "nl.oneplan.events.Escalated", "{\"trajectoryId\":\"" + id + "\","
                + "\"escalationNumber\":1,\"to\":\"MANAGEMENT\",\"reason\":\"Plan loopt vast\","
                + "\"escalatedOn\":\"2026-02-01\"}");

        Response resolved = api.post("/api/trajectories/" + id + "/escalations/1/deescalation",
                "{\"resolution\":\"Opgelost\",\"deescalatedOn\":\"2026-02-10\"}");
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);

        JsonNode plan = api.get("/api/trajectories/" + id + "/plan", "OnePlan-Consistency-Token",
                resolved.header("OnePlan-Consistency-Token")).body();
        assertThat(plan.path("escalations").get(0).path("reasonCode").asText()).isEqualTo("NOT_RECORDED");
        assertThat(plan.path("escalations").get(0).path("reason").asText()).isEqualTo("Plan loopt vast");
        assertThat(plan.path("escalations").get(0).path("deescalatedOn").asText()).isEqualTo("2026-02-10");
    }

    @Test
    void aDirectionLevelStoredWithDutchSafetyTextReadsAsTheDecisionsNumber() {
        Api api = api();
        String id = api.post("/api/trajectories", """
                {"familyName":"Oud","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""")
                .text("trajectoryId");
        String mother = UUID.randomUUID().toString();
        // As revision 1 stored a level lowered by safety decision 1: the decision as text in the note.
        storeRevisionOne(id, "nl.oneplan.events.FamilyMemberRegistered", """
                {"trajectoryId":"%s","memberId":"%s","name":"Petra Oud","dateOfBirth":"1985-04-02","role":"PARENT",
                 "custody":true}""".formatted(id, mother));
        store(id, 7, "nl.oneplan.events.DirectionLevelRecorded", """
                {"trajectoryId":"%s","memberId":"%s","lifeDomain":null,"level":"ADVISER","recordedOn":"2026-02-03",
                 "note":"Veiligheidsbesluit 1: De kinderen logeren bij oma","dueToSafetyDecision":true}"""
                .formatted(id, mother), Instant.now());

        Response recorded = api.post("/api/trajectories/" + id + "/direction-levels", """
                {"memberId":"%s","lifeDomain":"HOUSING","level":"DRIVING_FORCE","recordedOn":"2026-02-10"}"""
                .formatted(mother));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);

        JsonNode levels = api.get("/api/trajectories/" + id + "/plan", "OnePlan-Consistency-Token",
                recorded.header("OnePlan-Consistency-Token")).body().path("directionLevels");
        assertThat(levels).hasSize(2);
        assertThat(levels.get(0).path("safetyDecisionNumber").asInt()).isEqualTo(1);
        assertThat(levels.get(0).path("note").isNull()).isTrue();
        assertThat(levels.get(1).path("lifeDomain").asText()).isEqualTo("HOUSING");
    }

    @Test
    void consentAndDisclosuresStoredBeforePurposeBindingKeepTheirVerdicts() {
        Api sanne = api("sanne");
        String id = sanne.post("/api/trajectories", """
                {"familyName":"Oud","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""")
                .text("trajectoryId");
        String base = "/api/trajectories/" + id;
        String mother = sanne.post(base + "/members", """
                {"name":"Petra Oud","dateOfBirth":"1985-04-02","role":"PARENT","custody":true}""").text("memberId");
        String daan = sanne.post(base + "/members", """
                {"name":"Daan Oud","dateOfBirth":"2016-09-30","role":"CHILD"}""").text("memberId");
        Response involved = sanne.post(base + "/participants", """
                {"name":"Marloes Kok","kind":"PROFESSIONAL","organisation":"Basisschool De Regenboog"}""");
        String teacher = involved.text("participantId");
        String teacherToken = involved.header("OnePlan-Consistency-Token");
        long next = jdbc.queryForObject("SELECT max(sequencenumber) + 1 FROM domainevententry "
                + "WHERE aggregateidentifier = ?", Long.class, id);
        Instant then = Instant.now().minusSeconds(3600);
        String consent = UUID.randomUUID().toString();
        String covered = UUID.randomUUID().toString();
        String uncovered = UUID.randomUUID().toString();
        // As revision 1 stored them: one free-text purpose, no parts.
        store(id, next, "nl.oneplan.events.ConsentGiven", """
                {"trajectoryId":"%s","consentId":"%s","aboutMemberIds":["%s"],"givenByMemberIds":["%s"],
                 "recipient":{"organisation":"Basisschool De Regenboog"},"categories":[{"type":"GOALS"}],
                 "purpose":"Afstemming met school","validFrom":"%s","form":"VERBAL"}"""
                .formatted(id, consent, daan, mother, then), then);
        store(id, next + 1, "nl.oneplan.events.InformationShared", """
                {"trajectoryId":"%s","disclosureId":"%s","recipient":{"participantId":"%s"},"aboutMemberIds":["%s"],
                 "categories":[{"type":"GOALS"}],"purpose":"Voortgang bespreken","channel":"EMAIL","sharedAt":"%s",
                 "basis":[{"consentId":"%s","version":1}]}"""
                .formatted(id, covered, teacher, daan, then.plusSeconds(60), consent), then.plusSeconds(60));
        store(id, next + 2, "nl.oneplan.events.InformationShared", """
                {"trajectoryId":"%s","disclosureId":"%s","recipient":{"participantId":"%s"},"aboutMemberIds":["%s"],
                 "categories":[{"type":"GOALS"},{"type":"SAFETY_CONCERNS"}],"purpose":"Zorgen","channel":"PHONE",
                 "sharedAt":"%s","basis":[]}"""
                .formatted(id, uncovered, teacher, daan, then.plusSeconds(120)), then.plusSeconds(120));

        JsonNode verification = api("pieter").get(base + "/verification", "OnePlan-Consistency-Token",
                teacherToken).body();
        Map<String, String> verdicts = new HashMap<>();
        verification.path("verifications").forEach(v -> verdicts.put(v.path("disclosureId").asText(),
                v.path("verdict").asText()));
        assertThat(verdicts).containsEntry(covered, "COVERED").containsEntry(uncovered, "UNCOVERED");
        assertThat(verification.path("verifications").get(0).path("coveredBy").get(0).path("version").asInt())
                .isEqualTo(1);

        // The old consent covers what it covered, not a purpose it never named.
        Response now = sanne.post(base + "/disclosures", """
                {"recipient":{"participantId":"%s"},"aboutMemberIds":["%s"],"categories":[{"type":"GOALS"}],
                 "purpose":{"code":"CARE_COORDINATION"},"channel":"EMAIL"}""".formatted(teacher, daan));
        assertThat(now.status()).as(now.toString()).isEqualTo(403);
        assertThat(now.body().path("uncovered").get(0).path("reason").asText()).isEqualTo("OTHER_PURPOSE");

        JsonNode register = api("pieter").get(base + "/consent-register", "OnePlan-Consistency-Token",
                now.header("OnePlan-Consistency-Token")).body();
        assertThat(register.path("consents").get(0).path("purposes").get(0).path("code").asText())
                .isEqualTo("UNSPECIFIED");
        assertThat(register.path("consents").get(0).path("purposes").get(0).path("text").asText())
                .isEqualTo("Afstemming met school");
        assertThat(register.path("consents").get(0).path("givenBy").get(0).path("name").asText())
                .isEqualTo("Petra Oud");
    }

    private void store(String trajectoryId, long sequence, String payloadType, String payload, Instant at) {
        jdbc.update("INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, "
                        + "metadata, payload, payloadrevision, payloadtype, timestamp) VALUES (?, ?, 'FamilyTrajectory', "
                        + "?, ?, ?, '1', ?, ?)", trajectoryId, sequence, UUID.randomUUID().toString(),
                "{}".getBytes(StandardCharsets.UTF_8), payload.getBytes(StandardCharsets.UTF_8), payloadType,
                at.toString());
    }

    /** Appends an event to a freshly opened trajectory (sequence 6) as an old revision 1 stored it. */
    private void storeRevisionOne(String trajectoryId, String payloadType, String payload) {
        jdbc.update("INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, "
                        + "metadata, payload, payloadrevision, payloadtype, timestamp) VALUES (?, 6, 'FamilyTrajectory', "
                        + "?, ?, ?, '1', ?, ?)", trajectoryId, UUID.randomUUID().toString(),
                "{}".getBytes(StandardCharsets.UTF_8), payload.getBytes(StandardCharsets.UTF_8), payloadType,
                Instant.now().toString());
    }
}
