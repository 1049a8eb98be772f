package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The agreements report from a history counted by hand; suppression off (minimum cell 1). */
@TestPropertySource(properties = "oneplan.reports.minimum-cell=1")
class AgreementsReportHttpTest extends PostgresIntegrationTest {

    private static final String QUARTER = "from=2026-01-01&to=2026-04-01";

    @Test
    void countsAgreementsDoneOnTimeLateAndCancelled() {
        Api api = api("sanne");
        String base = "/api/trajectories/" + ok(api.post("/api/trajectories", """
                {"familyName":"Afspraak","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}"""))
                .text("trajectoryId");
        String parent = ok(api.post(base + "/members", """
                {"name":"Petra Afspraak","dateOfBirth":"1985-04-02","role":"PARENT","custody":true}""")).text("memberId");
        String onTime = agreement(api, base, parent, "2026-02-28");
        String late = agreement(api, base, parent, "2026-02-10");
        String moved = agreement(api, base, parent, "2026-02-10");
        String cancelled = agreement(api, base, parent, "2026-03-31");
        ok(api.post(base + "/agreements/" + onTime + "/completion", "{\"completedOn\":\"2026-02-20\"}"));
        ok(api.post(base + "/agreements/" + late + "/completion", "{\"completedOn\":\"2026-02-20\"}"));
        ok(api.post(base + "/agreements/" + moved + "/rescheduling",
                "{\"plannedEndDate\":\"2026-03-10\",\"reason\":\"Wachtlijst\"}"));
        ok(api.post(base + "/agreements/" + moved + "/completion", "{\"completedOn\":\"2026-03-01\"}"));
        ok(api.post(base + "/agreements/" + cancelled + "/cancellation", "{\"reason\":\"Niet meer nodig\"}"));

        Api analyst = api("fatima");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String aroundToday = "from=" + today.minusDays(1) + "&to=" + today.plusDays(2);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(count(
                analyst.get("/api/reports/agreements?" + aroundToday).body(), "CANCELLED")).isEqualTo("1"));
        JsonNode quarter = analyst.get("/api/reports/agreements?" + QUARTER + "&municipality=Gouda").body();
        assertThat(count(quarter, "COMPLETED_ON_TIME")).isEqualTo("2");
        assertThat(count(quarter, "COMPLETED_LATE")).isEqualTo("1");
        assertThat(count(quarter, "COMPLETED_AFTER_RESCHEDULING")).isEqualTo("1");
        assertThat(count(quarter, "CANCELLED")).isEqualTo("0");
        JsonNode now = analyst.get("/api/reports/agreements?" + aroundToday).body();
        assertThat(count(now, "COMPLETED_ON_TIME")).isEqualTo("0");
    }

    private static String agreement(Api api, String base, String who, String plannedEnd) {
        return ok(api.post(base + "/agreements", """
                {"who":"%s","what":"Bellen met de woningcorporatie","startDate":"2026-01-06","plannedEndDate":"%s"}"""
                .formatted(who, plannedEnd))).text("agreementNumber");
    }

    private static Response ok(Response response) {
        assertThat(response.status()).as(response.raw().body()).isBetween(200, 299);
        return response;
    }

    private static String count(JsonNode report, String measure) {
        return StreamSupport.stream(report.path("rows").spliterator(), false)
                .filter(row -> row.path("measure").path("display").asText().equals(measure)).findFirst()
                .orElseThrow().path("count").path("display").asText();
    }
}
