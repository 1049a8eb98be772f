package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Due facts survive a restart: they are derived from the plan's dates when asked, so what the
 * caseload reported before the process stopped it reports again after it started, and facts
 * that fell due while it was down are there too.
 */
class RestartTest {

    private static ConfigurableApplicationContext start(TestDatabases.Database database) {
        return new SpringApplicationBuilder(OnePlanApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password());
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api("http://localhost:" + context.getEnvironment().getProperty("local.server.port"), "sanne");
    }

    private static JsonNode caseloadEntry(Api api, String trajectoryId) {
        JsonNode caseload = api.get("/api/caseload").body();
        return StreamSupport.stream(caseload.spliterator(), false)
                .filter(entry -> entry.path("trajectoryId").asText().equals(trajectoryId)).findFirst().orElseThrow();
    }

    private static List<String> attention(JsonNode entry) {
        return StreamSupport.stream(entry.path("attention").spliterator(), false).map(JsonNode::asText).toList();
    }

    @Test
    void aDueFactCreatedBeforeARestartIsStillReportedAfterIt() {
        TestDatabases.Database database = TestDatabases.fresh();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String id;
        JsonNode before;
        try (ConfigurableApplicationContext first = start(database)) {
            Api api = api(first);
            Response opened = api.post("/api/trajectories", """
                    {"familyName":"Dekker","municipality":"Gouda","startDate":"%s","registration":{"route":"SELF"}}"""
                    .formatted(today.minusDays(120)));
            id = opened.text("trajectoryId");
            String base = "/api/trajectories/" + id;
            String mother = api.post(base + "/members", """
                    {"name":"Lies Dekker","dateOfBirth":"1990-01-01","role":"PARENT","custody":true}""")
                    .text("memberId");
            api.put(base + "/coordinator", "{\"participantId\":\"" + opened.text("participantId") + "\"}");
            api.post(base + "/agreements", """
                    {"who":"%s","what":"Formulier inleveren","startDate":"%s","plannedEndDate":"%s"}"""
                    .formatted(mother, today.minusDays(30), today.minusDays(2)));
            api.post(base + "/indications", """
                    {"careProvider":"Jeugdhulp","kindOfCare":"Begeleiding","validFrom":"%s","validUntil":"%s"}"""
                    .formatted(today.minusDays(100), today.plusDays(10)));
            Response last = api.post(base + "/escalations", """
                    {"to":"TEAM_LEAD","reasonCode":"AGREEMENTS_NOT_KEPT","reason":"Afspraken komen niet van de grond","escalatedOn":"%s"}"""
                    .formatted(today.minusDays(1)));
            assertThat(api.get(base + "/plan", "OnePlan-Consistency-Token", last.header("OnePlan-Consistency-Token"))
                    .status()).isEqualTo(200);

            before = caseloadEntry(api, id);
            assertThat(attention(before)).containsExactly("OPEN_ESCALATION", "AGREEMENTS_OVERDUE",
                    "ROUND_TABLE_OVERDUE", "INDICATION_ENDING");
            assertThat(before.path("overdueAgreements").asInt()).isEqualTo(1);
        }

        try (ConfigurableApplicationContext second = start(database)) {
            JsonNode after = caseloadEntry(api(second), id);
            assertThat(after).isEqualTo(before);
        }
    }
}
