package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request body is the command itself: the path says which trajectory (and goal, agreement, …)
 * it is about and the server gives new things their ids, whatever the body claims.
 */
class CommandBodiesHttpTest extends PostgresIntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    private static String open(Api sanne) {
        return sanne.post("/api/trajectories", """
                {"familyName":"Smit","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""")
                .text("trajectoryId");
    }

    @Test
    void theServerGivesTheIdOfANewMemberNotTheClient() {
        Api sanne = api("sanne");
        String trajectory = open(sanne);
        String chosen = UUID.randomUUID().toString();

        Response registered = sanne.post("/api/trajectories/" + trajectory + "/members", """
                {"memberId":"%s","name":"Petra Smit","dateOfBirth":"1985-04-02","role":"PARENT","custody":true}"""
                .formatted(chosen));

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.text("memberId")).isNotEqualTo(chosen);
        assertThat(memberIdsStored(trajectory)).containsExactly(registered.text("memberId"));
    }

    @Test
    void thePathNamesTheTrajectoryNotTheBody() {
        Api sanne = api("sanne");
        String mine = open(sanne);
        String other = open(sanne);

        Response set = sanne.post("/api/trajectories/" + mine + "/goals", """
                {"trajectoryId":"%s","description":"Rust in huis","lifeDomain":"HOUSING",
                 "startDate":"2026-02-01","plannedEndDate":"2026-06-01"}""".formatted(other));

        assertThat(set.status()).isEqualTo(201);
        assertThat(set.text("trajectoryId")).isEqualTo(mine);
        assertThat(set.body().path("goalNumber").asInt()).isEqualTo(1);
        assertThat(eventTypes(mine)).contains("GoalSet");
        assertThat(eventTypes(other)).doesNotContain("GoalSet");
    }

    @Test
    void thePathNamesTheGoalNotTheBody() {
        Api sanne = api("sanne");
        String trajectory = open(sanne);
        for (String description : List.of("Rust in huis", "Schulden op orde")) {
            sanne.post("/api/trajectories/" + trajectory + "/goals", """
                    {"description":"%s","lifeDomain":"HOUSING","startDate":"2026-02-01","plannedEndDate":"2026-06-01"}"""
                    .formatted(description));
        }

        Response achieved = sanne.post("/api/trajectories/" + trajectory + "/goals/2/achievement", """
                {"goalNumber":1,"achievedOn":"2026-03-01"}""");

        assertThat(achieved.status()).isEqualTo(200);
        JsonNode event = stored(trajectory, "GoalAchieved");
        assertThat(event.path("goalNumber").asInt()).isEqualTo(2);
    }

    @Test
    void aCoordinatorIsNamedByExactlyOneId() {
        Api sanne = api("sanne");
        String trajectory = sanne.post("/api/trajectories", """
                {"familyName":"Smit","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"},
                 "openerCoordinates":false}""").text("trajectoryId");

        Response both = sanne.put("/api/trajectories/" + trajectory + "/coordinator", """
                {"participantId":"%s","memberId":"%s"}""".formatted(UUID.randomUUID(), UUID.randomUUID()));
        Response neither = sanne.put("/api/trajectories/" + trajectory + "/coordinator", "{}");

        assertThat(both.status()).isEqualTo(400);
        assertThat(both.text("code")).isEqualTo("AMBIGUOUS_REFERENCE");
        assertThat(neither.status()).isEqualTo(400);
        assertThat(neither.text("code")).isEqualTo("FIELD_REQUIRED");
        assertThat(neither.text("field")).isEqualTo("participantId");
    }

    @Test
    void theApiDocumentDescribesTheBodyAClientWrites() {
        JsonNode schemas = api().anonymous().get("/v3/api-docs").body().path("components").path("schemas");

        assertThat(fields(schemas.path("SetGoal"))).containsExactly("description", "lifeDomain", "memberIds",
                "startDate", "plannedEndDate", "formulatedBy");
        assertThat(fields(schemas.path("RegisterFamilyMember"))).containsExactly("name", "dateOfBirth", "role",
                "custody");
        assertThat(fields(schemas.path("MarkGoalAchieved"))).containsExactly("achievedOn");
        assertThat(fields(schemas.path("AssignCoordinator"))).containsExactly("participantId", "memberId");
        assertThat(fields(schemas.path("HandOverCoordination"))).containsExactly("participantId", "memberId",
                "reason", "handoverDate", "familyInformed");
    }

    private static List<String> fields(JsonNode schema) {
        List<String> names = new java.util.ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private List<String> memberIdsStored(String trajectory) {
        return jdbc.queryForList("SELECT convert_from(payload, 'UTF8')::json->>'memberId' FROM domainevententry "
                + "WHERE aggregateidentifier = ? AND payloadtype LIKE '%FamilyMemberRegistered'", String.class, trajectory);
    }

    private List<String> eventTypes(String trajectory) {
        return jdbc.queryForList("SELECT regexp_replace(payloadtype, '.*\\.', '') FROM domainevententry "
                + "WHERE aggregateidentifier = ?", String.class, trajectory);
    }

    private JsonNode stored(String trajectory, String type) {
        String payload = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domainevententry "
                + "WHERE aggregateidentifier = ? AND payloadtype LIKE ?", String.class, trajectory, "%" + type);
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(payload);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
