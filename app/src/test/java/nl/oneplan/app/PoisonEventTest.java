package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events already stored that a projection cannot project — a malformed row, a NUL in a name, a
 * date beyond what the database holds — never freeze the read side: the malformed one parks its
 * family (listed as a dead letter, health DEGRADED) while every other family goes on, the others
 * are stored safely, and after the row is fixed a rebuild projects the family again.
 */
class PoisonEventTest extends PostgresIntegrationTest {

    private static final String TOKEN = "OnePlan-Consistency-Token";

    @Autowired
    private JdbcTemplate jdbc;

    private String open(Api api, String name) {
        return api.post("/api/trajectories", """
                {"familyName":"%s","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}"""
                .formatted(name)).text("trajectoryId");
    }

    private long nextSequence(String trajectoryId) {
        return jdbc.queryForObject("SELECT max(sequencenumber) + 1 FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, trajectoryId);
    }

    private void store(String trajectoryId, long sequence, String type, String revision, String payload) {
        jdbc.update("INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, "
                        + "metadata, payload, payloadrevision, payloadtype, timestamp) VALUES (?, ?, 'FamilyTrajectory', "
                        + "?, ?, ?, ?, ?, ?)", trajectoryId, sequence, UUID.randomUUID().toString(),
                "{}".getBytes(StandardCharsets.UTF_8), payload.getBytes(StandardCharsets.UTF_8), revision, type,
                Instant.now().toString());
    }

    private static List<JsonNode> deadLetters(JsonNode statuses, String projectionPrefix) {
        return StreamSupport.stream(statuses.spliterator(), false)
                .filter(status -> status.path("name").asText().startsWith(projectionPrefix)
                        && !status.path("state").asText().equals("IDLE"))
                .flatMap(status -> StreamSupport.stream(status.path("deadLetters").spliterator(), false)).toList();
    }

    @Test
    void aPoisonedFamilyIsParkedWhileEveryOtherFamilyGoesOn() {
        Api sanne = api("sanne");
        Api admin = api("admin");
        String poisoned = open(sanne, "Vergiftigd");
        String nul = open(sanne, "Nul");
        long poisonAt = nextSequence(poisoned);
        // A goal whose row cannot be read, a name with a NUL, a birth date no database holds.
        store(poisoned, poisonAt, "nl.oneplan.events.GoalSet", "2", "{\"trajectoryId\":\"" + poisoned
                + "\",\"goalNumber\":1,\"description\":");
        store(nul, nextSequence(nul), "nl.oneplan.events.FamilyMemberRegistered", "1", """
                {"trajectoryId":"%s","memberId":"%s","name":"Jan\\u0000sen","dateOfBirth":"+999999999-12-31",
                 "role":"CHILD","custody":false}""".formatted(nul, UUID.randomUUID()));

        // A family opened after the poison is projected at once, and so are changes to the others.
        String after = open(sanne, "Daarna");
        Response member = sanne.post("/api/trajectories/" + after + "/members", """
                {"name":"Petra Daarna","dateOfBirth":"1985-04-02","role":"PARENT","custody":true}""");
        Response plan = sanne.get("/api/trajectories/" + after + "/plan", TOKEN, member.header(TOKEN));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
        assertThat(plan.body().path("family").path("members").get(0).path("name").asText()).isEqualTo("Petra Daarna");
        Response timeline = sanne.get("/api/trajectories/" + after + "/timeline", TOKEN, member.header(TOKEN));
        assertThat(timeline.status()).isEqualTo(200);

        // The NUL and the far date were stored safely; that family reads on.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                sanne.get("/api/trajectories/" + nul + "/timeline").raw().body()).contains("Jan\uFFFDsen"));

        // The poisoned family is parked in every projection the goal concerns, and listed as such.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> parked = deadLetters(admin.get("/api/projections").body(), "plan-view");
            assertThat(parked).hasSize(1);
            assertThat(parked.get(0).path("trajectoryId").asText()).isEqualTo(poisoned);
            assertThat(parked.get(0).path("sequenceNumber").asLong()).isEqualTo(poisonAt);
            assertThat(parked.get(0).path("eventType").asText()).isEqualTo("nl.oneplan.events.GoalSet");
        });
        // Its plan says it is behind, and since when.
        assertThat(sanne.get("/api/trajectories/" + poisoned + "/plan").body().path("behind").path("eventType")
                .asText()).isEqualTo("GoalSet");
        Response health = api().anonymous().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("DEGRADED");

        // Fixed at the source, a rebuild projects the family again and clears the dead letter.
        jdbc.update("UPDATE domainevententry SET payload = ? WHERE aggregateidentifier = ? AND sequencenumber = ?",
                ("{\"trajectoryId\":\"" + poisoned + "\",\"goalNumber\":1,\"description\":\"Rust in huis\","
                        + "\"lifeDomain\":\"HOUSING\",\"memberIds\":[],\"startDate\":\"2026-01-05\","
                        + "\"plannedEndDate\":\"2026-06-30\",\"formulatedBy\":null}").getBytes(StandardCharsets.UTF_8),
                poisoned, poisonAt);
        assertThat(admin.post("/api/projections/rebuild", "").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> StreamSupport.stream(
                admin.get("/api/projections/rebuild").body().spliterator(), false)
                .allMatch(status -> status.path("state").asText().equals("COMPLETED")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(deadLetters(admin.get("/api/projections").body(), "")).isEmpty();
            assertThat(sanne.get("/api/trajectories/" + poisoned + "/plan").body().path("goals").get(0)
                    .path("description").asText()).isEqualTo("Rust in huis");
        });
        assertThat(api().anonymous().get("/actuator/health").text("status")).isEqualTo("UP");
        assertThat(sanne.get("/api/trajectories/" + poisoned + "/plan").body().has("behind")).isFalse();
    }

    private int participantRows(String trajectoryId) {
        return jdbc.queryForObject("SELECT (SELECT count(*) FROM participant_report_a WHERE trajectory_id = ?::uuid) "
                + "+ (SELECT count(*) FROM participant_report_b WHERE trajectory_id = ?::uuid)", Integer.class,
                trajectoryId, trajectoryId);
    }

    @Test
    void aFamilyWhoseRowsTheDatabaseRefusesIsParkedAndRetriedAfterAFix() {
        Api sanne = api("sanne");
        Api admin = api("admin");
        String refused = open(sanne, "Tevergaand");
        String other = open(sanne, "Gewoon");
        await().atMost(Duration.ofSeconds(20)).until(() -> participantRows(refused) == 1);
        long refusedAt = nextSequence(refused);
        // An organisation longer than the report's and ledger's column holds: the row is refused, not the event.
        String longOrganisation = "Stichting " + "Jeugdhulp ".repeat(30);
        store(refused, refusedAt, "nl.oneplan.events.ParticipantInvolved", "1", """
                {"trajectoryId":"%s","participantId":"%s","kind":"PROFESSIONAL","name":"Kees Lang",
                 "organisation":"%s","function":null,"relation":null,"email":null,"phone":null,
                 "reachableDays":[]}""".formatted(refused, UUID.randomUUID(), longOrganisation));
        // While parked, the family goes on changing, and so do the others.
        assertThat(sanne.post("/api/trajectories/" + refused + "/participants", """
                {"name":"Ahmed Yilmaz","kind":"PROFESSIONAL","organisation":"Wijkteam Gouda"}""").status())
                .isEqualTo(201);
        assertThat(sanne.post("/api/trajectories/" + other + "/participants", """
                {"name":"Ahmed Yilmaz","kind":"PROFESSIONAL","organisation":"Wijkteam Gouda"}""").status())
                .isEqualTo(201);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> parked = deadLetters(admin.get("/api/projections").body(), "trajectory-report");
            assertThat(parked).hasSize(1);
            assertThat(parked.get(0).path("trajectoryId").asText()).isEqualTo(refused);
            assertThat(parked.get(0).path("sequenceNumber").asLong()).isEqualTo(refusedAt);
            assertThat(parked.get(0).path("error").asText()).contains("too long");
            assertThat(participantRows(other)).isEqualTo(2);
        });
        // The plan view holds the long name fine: only the report and the ledger parked the family.
        assertThat(deadLetters(admin.get("/api/projections").body(), "plan-view")).isEmpty();
        assertThat(deadLetters(admin.get("/api/projections").body(), "disclosure-ledger")).hasSize(1);
        assertThat(participantRows(refused)).isEqualTo(1);

        // Retried before the fix, it fails again, says why and stays parked.
        Response again = admin.post("/api/projections/trajectory-report/dead-letters/" + refused + "/retry", "");
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("DEAD_LETTER_RETRY_FAILED");
        assertThat(again.text("detail")).contains("too long");
        assertThat(deadLetters(admin.get("/api/projections").body(), "trajectory-report")).hasSize(1);
        Response unknown = admin.post("/api/projections/trajectory-report/dead-letters/" + other + "/retry", "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("code")).isEqualTo("DEAD_LETTER_NOT_FOUND");
        assertThat(sanne.post("/api/projections/trajectory-report/dead-letters/" + refused + "/retry", "").status())
                .isEqualTo(403);

        // Fixed at the source, a retry projects the family from the refused event on, the skipped one included.
        jdbc.update("UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), ?, ?), "
                + "'UTF8') WHERE aggregateidentifier = ? AND sequencenumber = ?", longOrganisation,
                "Stichting Jeugdhulp", refused, refusedAt);
        for (String projection : List.of("trajectory-report", "disclosure-ledger")) {
            Response retried = admin.post("/api/projections/" + projection + "/dead-letters/" + refused + "/retry",
                    "");
            assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
            assertThat(retried.body().get(0).path("fromSequence").asLong()).isEqualTo(refusedAt);
            assertThat(retried.body().get(0).path("events").asInt()).isEqualTo(2);
        }
        assertThat(deadLetters(admin.get("/api/projections").body(), "")).isEmpty();
        assertThat(participantRows(refused)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM (SELECT organisation FROM participant_report_a WHERE "
                + "trajectory_id = ?::uuid UNION ALL SELECT organisation FROM participant_report_b WHERE trajectory_id "
                + "= ?::uuid) rows WHERE organisation = 'Stichting Jeugdhulp'", Integer.class, refused, refused))
                .isEqualTo(1);

        // And the family's next change is projected by the processor as any other.
        assertThat(sanne.post("/api/trajectories/" + refused + "/participants", """
                {"name":"Marloes de Vries","kind":"PROFESSIONAL","organisation":"School De Regenboog"}""").status())
                .isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(participantRows(refused)).isEqualTo(4));
        assertThat(api().anonymous().get("/actuator/health").text("status")).isEqualTo("UP");
    }
}
