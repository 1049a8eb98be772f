package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static nl.oneplan.app.support.ReportRows.awaitCaughtUp;
import static nl.oneplan.app.support.ReportRows.cell;
import static nl.oneplan.app.support.ReportRows.ok;
import static nl.oneplan.app.support.ReportRows.sameMonth;
import static nl.oneplan.app.support.ReportRows.thisMonth;
import static org.assertj.core.api.Assertions.assertThat;

/** The goals report from a history counted by hand, with a minimum cell of 3. */
@TestPropertySource(properties = "oneplan.reports.minimum-cell=3")
class GoalsReportHttpTest extends PostgresIntegrationTest {

    private static final String QUARTER = "period=2026-Q1";

    @Test
    void countsGoalsPerLifeDomainWithTheMedianDaysToAchieve() {
        Api api = api("sanne");
        String thisMonth = thisMonth();
        String base = "/api/trajectories/" + ok(api.post("/api/trajectories", """
                {"familyName":"Doelen","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}"""))
                .text("trajectoryId");
        String[] formulatedBy = {",\"formulatedBy\":\"FAMILY\"", ",\"formulatedBy\":\"FAMILY\"",
                ",\"formulatedBy\":\"TOGETHER\"", ""};
        for (String by : formulatedBy) {
            ok(api.post(base + "/goals", """
                    {"description":"Een eigen huis","lifeDomain":"HOUSING","startDate":"2026-01-05",
                     "plannedEndDate":"2026-06-30"%s}""".formatted(by)));
        }
        ok(api.post(base + "/goals", """
                {"description":"Naar school","lifeDomain":"EDUCATION_AND_UPBRINGING","startDate":"2026-05-01",
                 "plannedEndDate":"2026-06-30"}"""));
        for (int i = 0; i < 3; i++) {
            ok(api.post(base + "/goals", """
                    {"description":"Rust in het hoofd","lifeDomain":"HEALTH_AND_PSYCHOSOCIAL","startDate":"2026-02-01",
                     "plannedEndDate":"2026-06-30","formulatedBy":"FAMILY"}"""));
        }
        // Achieved after 10, 20 and 30 days: median 20.
        ok(api.post(base + "/goals/1/achievement", "{\"achievedOn\":\"2026-01-15\"}"));
        ok(api.post(base + "/goals/2/achievement", "{\"achievedOn\":\"2026-01-25\"}"));
        ok(api.post(base + "/goals/3/achievement", "{\"achievedOn\":\"2026-02-04\"}"));
        ok(api.post(base + "/goals/4/revision", "{\"description\":\"Een huis met tuin\",\"plannedEndDate\":\"2026-09-30\"}"));
        ok(api.post(base + "/goals/4/drop", "{\"reason\":\"NO_LONGER_APPLICABLE\",\"droppedOn\":\"2026-02-01\"}"));
        sameMonth(thisMonth);

        Api analyst = api("fatima");
        awaitCaughtUp(analyst);
        assertThat(cell(analyst.get("/api/reports/goals?" + QUARTER).body(), "lifeDomain", "HOUSING", "dropped"))
                .isEqualTo("<3");
        JsonNode quarter = analyst.get("/api/reports/goals?" + QUARTER + "&municipality=Gouda").body();
        // Four housing goals: 2 by the family, 1 together, 1 without an author. Beside "<3", "<3"
        // and 0 the 4 would leave 2 + 1 + the rest to work out, so the total is withheld.
        assertThat(cell(quarter, "lifeDomain", "HOUSING", "set")).isEqualTo("x");
        assertThat(cell(quarter, "lifeDomain", "HOUSING", "formulatedByFAMILY")).isEqualTo("<3");
        assertThat(cell(quarter, "lifeDomain", "HOUSING", "formulatedByTOGETHER")).isEqualTo("<3");
        assertThat(cell(quarter, "lifeDomain", "HOUSING", "formulatedByPROFESSIONAL_ACCEPTED_BY_FAMILY")).isEqualTo("0");
        assertThat(cell(quarter, "lifeDomain", "HOUSING", "achieved")).isEqualTo("3");
        assertThat(cell(quarter, "lifeDomain", "HOUSING", "medianDaysToAchieve")).isEqualTo("20");
        assertThat(cell(quarter, "lifeDomain", "HOUSING", "adjusted")).isEqualTo("0");
        assertThat(cell(quarter, "lifeDomain", "EDUCATION_AND_UPBRINGING", "set")).isEqualTo("0");
        // Three by the family and none otherwise: the total gives nothing away.
        assertThat(cell(quarter, "lifeDomain", "HEALTH_AND_PSYCHOSOCIAL", "set")).isEqualTo("3");
        assertThat(cell(quarter, "lifeDomain", "HEALTH_AND_PSYCHOSOCIAL", "formulatedByFAMILY")).isEqualTo("3");
        assertThat(cell(quarter, "lifeDomain", "EDUCATION_AND_UPBRINGING", "medianDaysToAchieve")).isEqualTo("-");

        // A goal is adjusted on the day its revision was recorded.
        JsonNode now = analyst.get("/api/reports/goals?" + thisMonth).body();
        assertThat(cell(now, "lifeDomain", "HOUSING", "adjusted")).isEqualTo("<3");
        assertThat(cell(now, "lifeDomain", "HOUSING", "set")).isEqualTo("0");

        JsonNode elsewhere = analyst.get("/api/reports/goals?" + QUARTER + "&municipality=Utrecht").body();
        assertThat(cell(elsewhere, "lifeDomain", "HOUSING", "set")).isEqualTo("0");
        assertThat(analyst.get("/api/reports/goals?" + QUARTER + "&format=csv").raw().body())
                .contains("HOUSING,x,<3,<3,0,3,20,0,<3").doesNotContain("Een eigen huis");
    }


}
