package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static nl.oneplan.app.support.ReportRows.awaitCaughtUp;
import static nl.oneplan.app.support.ReportRows.cell;
import static nl.oneplan.app.support.ReportRows.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether suppressed counts (minimum cell 5) can be worked out by subtracting one report from
 * another (docs/reports.md, "What it does not protect"):
 * <ul>
 *   <li>Gouda, February: five closures on 2 February and one on 5 February. Over 1–4 February
 *       the report would show 5, over 1–5 February 6, giving the closure on the 5th away; such
 *       ranges are refused, the month is answered.</li>
 *   <li>Gouda, February: six housing goals, five formulated by the family and one together. The
 *       6 beside 5, "&lt;5" and 0 would give the 1 away; the total is withheld within the report.</li>
 *   <li>Bodegraven, the second quarter: no closure in April, one in May, five in June. The quarter
 *       and two of its months still give the third away: the residual risk the docs name.</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportDifferencingHttpTest extends PostgresIntegrationTest {

    @BeforeAll
    void history() {
        Api api = api();
        for (int i = 0; i < 5; i++) {
            close(api, "Gouda", "2026-02-02");
        }
        close(api, "Gouda", "2026-02-05");

        String base = open(api, "Gouda");
        for (String by : new String[]{"FAMILY", "FAMILY", "FAMILY", "FAMILY", "FAMILY", "TOGETHER"}) {
            ok(api.post(base + "/goals", """
                    {"description":"Een eigen huis","lifeDomain":"HOUSING","startDate":"2026-02-10",
                     "plannedEndDate":"2026-06-30","formulatedBy":"%s"}""".formatted(by)));
        }

        close(api, "Bodegraven", "2026-05-12");
        for (int i = 0; i < 5; i++) {
            close(api, "Bodegraven", "2026-06-15");
        }
        awaitCaughtUp(api("fatima"));
    }

    @Test
    void rangesOfDaysThatDifferByADayAreRefusedAndTheMonthIsAnswered() {
        Api analyst = api("fatima");
        for (String range : new String[]{"from=2026-02-01&to=2026-02-05", "from=2026-02-01&to=2026-02-06"}) {
            Response refused = analyst.get("/api/reports/closures?" + range + "&municipality=Gouda");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.text("code")).isEqualTo("REPORT_PERIOD_NOT_CALENDAR");
            assertThat(refused.text("detail")).contains("whole calendar periods").contains("2026-02")
                    .contains("2026-Q1");
        }
        // Nor can a period be narrowed by asking for it by name and by days at once.
        assertThat(analyst.get("/api/reports/closures?period=2026-02&from=2026-02-01&to=2026-02-06&municipality=Gouda")
                .text("code")).isEqualTo("REPORT_PERIOD_AMBIGUOUS");

        JsonNode february = ok(analyst.get("/api/reports/closures?period=2026-02&municipality=Gouda")).body();
        assertThat(february.path("period").asText()).isEqualTo("2026-02");
        assertThat(cell(february, "closureReason", "MOVED", "withoutFinalEvaluation")).isEqualTo("6");
        JsonNode byDays = ok(analyst.get("/api/reports/closures?from=2026-02-01&to=2026-03-01&municipality=Gouda"))
                .body();
        assertThat(byDays.path("rows")).isEqualTo(february.path("rows"));
    }

    @Test
    void withinOneReportATotalDoesNotGiveASuppressedPartBack() {
        JsonNode goals = ok(api("fatima").get("/api/reports/goals?period=2026-02&municipality=Gouda")).body();
        assertThat(cell(goals, "lifeDomain", "HOUSING", "formulatedByFAMILY")).isEqualTo("5");
        assertThat(cell(goals, "lifeDomain", "HOUSING", "formulatedByTOGETHER")).isEqualTo("<5");
        assertThat(cell(goals, "lifeDomain", "HOUSING", "formulatedByPROFESSIONAL_ACCEPTED_BY_FAMILY"))
                .isEqualTo("0");
        assertThat(cell(goals, "lifeDomain", "HOUSING", "set")).isEqualTo("x");
        assertThat(goals.toString()).doesNotContain("\"count\":6");
    }

    /**
     * Not a wish but the documented limit: months, quarters and years nest, so a quarter and two
     * of its months give the third month's suppressed count back. Closing this needs suppression
     * or perturbation across every report an analyst can ask for (docs/reports.md); until then this
     * test keeps the docs honest about it.
     */
    @Test
    void nestedPeriodsStillGiveASuppressedMonthBack() {
        Api analyst = api("fatima");
        String quarter = moved(analyst, "2026-Q2");
        String april = moved(analyst, "2026-04");
        String may = moved(analyst, "2026-05");
        String june = moved(analyst, "2026-06");
        assertThat(may).isEqualTo("<5");
        assertThat(Integer.parseInt(quarter) - Integer.parseInt(april) - Integer.parseInt(june)).isEqualTo(1);
    }

    private static String moved(Api analyst, String period) {
        return cell(ok(analyst.get("/api/reports/closures?period=" + period + "&municipality=Bodegraven")).body(),
                "closureReason", "MOVED", "withoutFinalEvaluation");
    }

    private static String open(Api api, String municipality) {
        return "/api/trajectories/" + ok(api.post("/api/trajectories", """
                {"familyName":"Verschil","municipality":"%s","startDate":"2026-01-05","registration":{"route":"SELF"}}"""
                .formatted(municipality))).text("trajectoryId");
    }

    private static void close(Api api, String municipality, String on) {
        String base = open(api, municipality);
        ok(api.post(base + "/closure-proposal", "{\"reason\":\"MOVED\",\"proposedOn\":\"%s\"}".formatted(on)));
        ok(api.post(base + "/closure", """
                {"closedOn":"%s","explanation":"Verhuisd naar een andere gemeente"}""".formatted(on)));
    }
}
