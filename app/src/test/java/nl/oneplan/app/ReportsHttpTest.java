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

    private static final String MARCH = "period=2026-03";

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
        assertThat(gouda.path("period").asText()).isEqualTo("2026-03");
        assertThat(gouda.path("periodType").asText()).isEqualTo("MONTH");
        assertThat(gouda.path("from").asText()).isEqualTo("2026-03-01");
        assertThat(gouda.path("to").asText()).isEqualTo("2026-04-01");

        JsonNode everywhere = analyst.get("/api/reports/registrations?" + MARCH).body();
        assertThat(cell(everywhere, "registrationRoute", "GP", "opened")).isEqualTo("<5");
        assertThat(cell(everywhere, "registrationRoute", "SELF", "opened")).isEqualTo("6");

        JsonNode mayOnward = analyst.get("/api/reports/registrations?period=2026-05").body();
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
        assertThat(csv.header("Content-Disposition")).contains("filename=\"registrations-2026-03.csv\"");
        assertThat(csv.raw().body().split("\r\n")).contains("registrationRoute,opened,closed", "SELF,6,5",
                "SCHOOL,<5,0", "GP,0,0");
        assertThat(csv.raw().body()).startsWith("# registrations 2026-03 (month, 2026-03-01 to 2026-03-31) Gouda;");
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
    void aClientThatAsksForAMonthByItsDaysGetsTheSameReport() {
        Api analyst = api("fatima");
        awaitCaughtUp(analyst);
        JsonNode byDays = ok(analyst.get("/api/reports/registrations?from=2026-03-01&to=2026-04-01")).body();
        JsonNode byName = ok(analyst.get("/api/reports/registrations?" + MARCH)).body();
        assertThat(byDays.path("period").asText()).isEqualTo("2026-03");
        assertThat(byDays.path("rows")).isEqualTo(byName.path("rows"));
        JsonNode quarter = ok(analyst.get("/api/reports/registrations?from=2026-01-01&to=2026-04-01")).body();
        assertThat(quarter.path("period").asText()).isEqualTo("2026-Q1");
        assertThat(quarter.path("periodType").asText()).isEqualTo("QUARTER");
    }

    @Test
    void badRequestsGetAProblemWithACode() {
        Api analyst = api("fatima");
        assertProblem(analyst.get("/api/reports/waiting-times?" + MARCH), 404, "REPORT_NOT_FOUND");
        assertProblem(analyst.get("/api/reports/closures?from=2026-04-01&to=2026-03-01"), 400, "REPORT_PERIOD_INVALID");
        assertProblem(analyst.get("/api/reports/closures?" + MARCH + "&format=xlsx"), 400, "REPORT_FORMAT_UNSUPPORTED");
        assertProblem(analyst.get("/api/reports/closures?from=2026-03-01"), 400, "MISSING_PARAMETER");
        assertProblem(analyst.get("/api/reports/closures"), 400, "MISSING_PARAMETER");
        assertProblem(analyst.get("/api/reports/closures?from=maart&to=2026-04-01"), 400, "INVALID_PARAMETER");
        assertProblem(analyst.get("/api/reports/closures?from=2026-03-01&to=2026-03-31"), 400,
                "REPORT_PERIOD_NOT_CALENDAR");
        assertProblem(analyst.get("/api/reports/closures?" + MARCH + "&from=2026-03-01&to=2026-04-01"), 400,
                "REPORT_PERIOD_AMBIGUOUS");
    }

    /** Whatever is typed as a period, the answer is a problem with a code, never a server error. */
    @Test
    void garbageForAPeriodIsRefusedWithACode() {
        Api analyst = api("fatima");
        for (String period : new String[]{"2026-13", "2026-Q5", "abc", "", "10000", "99999999999999999999",
                "2026-02-30", "%20", "2026-Q1%0A", "2026%2C2027", "-1", "0000", "2026-00"}) {
            Response refused = analyst.get("/api/reports/closures?period=" + period);
            assertProblem(refused, 400, "REPORT_PERIOD_INVALID");
            assertThat(refused.text("field")).isEqualTo("period");
            assertThat(refused.text("detail")).contains("2026-02").contains("2026-Q1");
        }
        for (String range : new String[]{"from=0001-01-01&to=0001-02-01", "from=%2B10000-01-01&to=%2B10000-02-01",
                "from=-999999999-01-01&to=2026-01-01", "from=2026-01-01&to=%2B999999999-12-31"}) {
            Response refused = analyst.get("/api/reports/closures?" + range);
            assertThat(refused.status()).as(range).isEqualTo(400);
            assertThat(refused.text("code")).as(range).isIn("REPORT_PERIOD_NOT_CALENDAR", "INVALID_PARAMETER");
        }
        // The first and the last periods there are answer like any other.
        assertThat(ok(analyst.get("/api/reports/closures?period=1000")).body().path("from").asText())
                .isEqualTo("1000-01-01");
        assertThat(ok(analyst.get("/api/reports/caseloads?period=9999-12&format=csv")).raw().body())
                .startsWith("# caseloads 9999-12 (month, 9999-12-01 to 9999-12-31)");
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
