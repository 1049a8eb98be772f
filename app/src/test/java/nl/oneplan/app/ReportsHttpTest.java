package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;

import static nl.oneplan.app.support.ReportRows.awaitCaughtUp;
import static nl.oneplan.app.support.ReportRows.cell;
import static nl.oneplan.app.support.ReportRows.ok;
import static nl.oneplan.app.support.ReportRows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reports count what the events say, per period and municipality, and never show a count from 1
 * to 4: with the data below (counted by hand) some cells are exact and some suppressed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // the families are registered once for all tests
class ReportsHttpTest extends PostgresIntegrationTest {

    private static final String MARCH = "from=2026-03-01&to=2026-04-01";

    @BeforeAll
    void registerFamilies() {
        Api api = api();
        // Gouda, March: six on their own question (five of whom move away), two from a school.
        for (int i = 0; i < 6; i++) {
            String base = open(api, "Gouda", "2026-03-02", "{\"route\":\"SELF\"}");
            if (i < 5) {
                ok(api.post(base + "/closure-proposal", "{\"reason\":\"MOVED\",\"proposedOn\":\"2026-03-10\"}"));
                ok(api.post(base + "/closure", """
                        {"closedOn":"2026-03-11","explanation":"Verhuisd naar een andere gemeente"}"""));
            }
        }
        open(api, "Gouda", "2026-03-03", "{\"route\":\"SCHOOL\",\"agency\":\"De Regenboog\"}");
        open(api, "Gouda", "2026-03-03", "{\"route\":\"SCHOOL\",\"agency\":\"De Regenboog\"}");
        // Outside the filter: one from a GP in Utrecht, one in Gouda in May.
        open(api, "Utrecht", "2026-03-04", "{\"route\":\"GP\",\"agency\":\"Huisartsenpraktijk Oost\"}");
        open(api, "Gouda", "2026-05-04", "{\"route\":\"SELF\"}");
    }

    @Test
    void registrationsCountPerRouteAndSuppressSmallCounts() {
        Api analyst = api("fatima");
        awaitCaughtUp(analyst);
        JsonNode gouda = analyst.get("/api/reports/registrations?" + MARCH + "&municipality=gouda").body();
        assertThat(cell(gouda, "registrationRoute", "SELF", "opened")).isEqualTo("6");
        assertThat(cell(gouda, "registrationRoute", "SELF", "closed")).isEqualTo("5");
        assertThat(gouda.path("basedOnPosition").asLong()).isPositive();
        assertThat(cell(gouda, "registrationRoute", "SCHOOL", "opened")).isEqualTo("<5");
        assertThat(row(gouda, "registrationRoute", "SCHOOL").path("opened").path("count").isNull()).isTrue();
        assertThat(cell(gouda, "registrationRoute", "SCHOOL", "closed")).isEqualTo("0");
        assertThat(cell(gouda, "registrationRoute", "GP", "opened")).isEqualTo("0");
        assertThat(gouda.path("minimumCell").asInt()).isEqualTo(5);
        assertThat(gouda.path("basedOnEventTime").asText()).isNotEmpty();

        JsonNode everywhere = analyst.get("/api/reports/registrations?" + MARCH).body();
        assertThat(cell(everywhere, "registrationRoute", "GP", "opened")).isEqualTo("<5");
        assertThat(cell(everywhere, "registrationRoute", "SELF", "opened")).isEqualTo("6");

        JsonNode mayOnward = analyst.get("/api/reports/registrations?from=2026-05-01&to=2026-06-01").body();
        assertThat(cell(mayOnward, "registrationRoute", "SELF", "opened")).isEqualTo("<5");
        assertThat(cell(mayOnward, "registrationRoute", "SELF", "closed")).isEqualTo("0");
    }

    @Test
    void closuresShowWhetherTheFamilyEvaluatedAndExportAsCsv() {
        Api analyst = api("fatima");
        awaitCaughtUp(analyst);
        JsonNode closures = analyst.get("/api/reports/closures?" + MARCH).body();
        assertThat(cell(closures, "closureReason", "MOVED", "withoutFinalEvaluation")).isEqualTo("5");
        assertThat(cell(closures, "closureReason", "MOVED", "withFinalEvaluation")).isEqualTo("0");
        assertThat(cell(closures, "closureReason", "GOALS_REACHED", "withFinalEvaluation")).isEqualTo("0");

        Response csv = analyst.get("/api/reports/registrations?" + MARCH + "&municipality=Gouda&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.raw().body().split("\r\n")).contains("registrationRoute,opened,closed", "SELF,6,5",
                "SCHOOL,<5,0", "GP,0,0");
    }

    @Test
    void aRebuildGivesTheSameCounts() {
        Api analyst = api("fatima");
        String url = "/api/reports/registrations?" + MARCH + "&municipality=Gouda&format=csv";
        awaitCaughtUp(analyst);
        String before = counts(analyst.get(url));
        assertThat(before).contains("SELF,6,5");

        assertThat(analyst.post("/api/projections/trajectory-report/rebuild", "").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                analyst.get("/api/projections/trajectory-report/rebuild").text("state").equals("COMPLETED"));
        awaitCaughtUp(analyst);
        assertThat(counts(analyst.get(url))).isEqualTo(before);
    }

    @Test
    void badRequestsGetAProblemWithACode() {
        Api analyst = api("fatima");
        assertProblem(analyst.get("/api/reports/waiting-times?" + MARCH), 404, "REPORT_NOT_FOUND");
        assertProblem(analyst.get("/api/reports/closures?from=2026-04-01&to=2026-03-01"), 400, "REPORT_PERIOD_INVALID");
        assertProblem(analyst.get("/api/reports/closures?" + MARCH + "&format=xlsx"), 400, "REPORT_FORMAT_UNSUPPORTED");
        assertProblem(analyst.get("/api/reports/closures?from=2026-03-01"), 400, "MISSING_PARAMETER");
        assertProblem(analyst.get("/api/reports/closures?from=maart&to=2026-04-01"), 400, "INVALID_PARAMETER");
    }

    /** The CSV without its first line, which names the events it is based on. */
    private static String counts(Response csv) {
        return csv.raw().body().substring(csv.raw().body().indexOf("\r\n") + 2);
    }

    private static void assertProblem(Response response, int status, String code) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("code")).isEqualTo(code);
    }

    private static String open(Api api, String municipality, String startDate, String registration) {
        Response opened = ok(api.post("/api/trajectories", """
                {"familyName":"Rapport","municipality":"%s","startDate":"%s","registration":%s}"""
                .formatted(municipality, startDate, registration)));
        return "/api/trajectories/" + opened.text("trajectoryId");
    }



}
