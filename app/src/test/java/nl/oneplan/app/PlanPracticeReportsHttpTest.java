package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.context.TestPropertySource;

import static nl.oneplan.app.support.ReportRows.awaitCaughtUp;
import static nl.oneplan.app.support.ReportRows.cell;
import static nl.oneplan.app.support.ReportRows.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the method is practised, from four families in the first half of 2026, asked per quarter
 * (minimum cell 1, so every count shows; the numbers are worked out by hand beside each family):
 * <ul>
 *   <li>A (Sanne, CJG Gouda): round tables on 1 Feb, 1 Apr and 10 Jun; an aunt in the network;
 *       agreements carried by the mother, the aunt and Sanne; the mother ADVISER on 10 Jan and
 *       CO_DECIDER on 1 May;</li>
 *   <li>B (Sanne): no round table (due since 5 Apr); the mother DRIVING_FORCE on 1 Feb;</li>
 *   <li>C (Ahmed, Wijkteam Utrecht Noord): a neighbour in the network; the mother
 *       INFORMATION_PROVIDER on 10 Feb and ASSESSOR on 15 Jun; closed (moved) on 20 Jun;</li>
 *   <li>D (Ahmed): one round table on 1 Mar (due again since 30 May).</li>
 * </ul>
 */
@TestPropertySource(properties = "oneplan.reports.minimum-cell=1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanPracticeReportsHttpTest extends PostgresIntegrationTest {

    private static final String Q1 = "period=2026-Q1";
    /** Ends on 1 July: what is open at its end is open at the end of the half year. */
    private static final String Q2 = "period=2026-Q2";
    private static final String CJG = "&organisation=cjg%20gouda";

    @BeforeAll
    void practise() {
        Api sanne = api("sanne");
        Family a = Family.open(sanne, "2026-01-05");
        String aunt = a.participant("{\"name\":\"Els Bakker\",\"kind\":\"NETWORK\",\"networkCategory\":\"RELATIVES\"}");
        for (String who : new String[]{a.mother, aunt, a.coordinator}) {
            ok(sanne.post(a.base + "/agreements", """
                    {"who":"%s","what":"Afspraak","startDate":"2026-01-06","plannedEndDate":"2026-03-01"}"""
                    .formatted(who)));
        }
        a.roundTable(1, "2026-02-01");
        a.roundTable(2, "2026-04-01");
        a.roundTable(3, "2026-06-10");
        a.direction("ADVISER", "2026-01-10");
        a.direction("CO_DECIDER", "2026-05-01");

        Family b = Family.open(sanne, "2026-01-05");
        b.direction("DRIVING_FORCE", "2026-02-01");

        Api ahmed = api("ahmed");
        Family c = Family.open(ahmed, "2026-02-02");
        c.participant("{\"name\":\"Jan de Buurman\",\"kind\":\"NETWORK\",\"networkCategory\":\"NEIGHBOURS\"}");
        c.direction("INFORMATION_PROVIDER", "2026-02-10");
        c.direction("ASSESSOR", "2026-06-15");
        ok(ahmed.post(c.base + "/closure-proposal", "{\"reason\":\"MOVED\",\"proposedOn\":\"2026-06-19\"}"));
        ok(ahmed.post(c.base + "/closure", """
                {"closedOn":"2026-06-20","explanation":"Verhuisd naar een andere gemeente"}"""));

        Family d = Family.open(ahmed, "2026-02-02");
        d.roundTable(1, "2026-03-01");
    }

    @Test
    void roundTableCadence() {
        Api analyst = api("fatima");
        awaitCaughtUp(analyst);
        // A's on 1 Feb and D's only one on 1 Mar; neither has one before it.
        JsonNode first = ok(analyst.get("/api/reports/round-tables?" + Q1)).body();
        assertThat(value(first, "ROUND_TABLES_HELD")).isEqualTo("2");
        assertThat(value(first, "MEDIAN_DAYS_SINCE_PREVIOUS_ROUND_TABLE")).isEqualTo("-");
        JsonNode all = ok(analyst.get("/api/reports/round-tables?" + Q2)).body();
        assertThat(value(all, "ROUND_TABLES_HELD")).isEqualTo("2");
        // A: 59 days (1 Feb to 1 Apr) and 70 days (1 Apr to 10 Jun).
        assertThat(value(all, "MEDIAN_DAYS_SINCE_PREVIOUS_ROUND_TABLE")).isEqualTo("64.5");
        assertThat(value(all, "OPEN_AT_END")).isEqualTo("3");
        // Since 2 April only A met.
        assertThat(value(all, "OPEN_WITH_ROUND_TABLE_IN_LAST_90_DAYS")).isEqualTo("1");
        assertThat(value(all, "SHARE_WITH_ROUND_TABLE_IN_LAST_90_DAYS")).isEqualTo("33.3%");
        // B never met (due 5 Apr), D last met 1 Mar (due 30 May); A is due 8 Sep.
        assertThat(value(all, "OPEN_WITH_ROUND_TABLE_OVERDUE")).isEqualTo("2");

        assertThat(value(ok(analyst.get("/api/reports/round-tables?" + Q1 + CJG)).body(), "ROUND_TABLES_HELD"))
                .isEqualTo("1");
        JsonNode cjg = ok(analyst.get("/api/reports/round-tables?" + Q2 + CJG)).body();
        assertThat(cjg.path("organisation").asText()).isEqualTo("cjg gouda");
        assertThat(value(cjg, "ROUND_TABLES_HELD")).isEqualTo("2");
        assertThat(value(cjg, "OPEN_AT_END")).isEqualTo("2");
        assertThat(value(cjg, "OPEN_WITH_ROUND_TABLE_OVERDUE")).isEqualTo("1");
        assertThat(value(cjg, "SHARE_WITH_ROUND_TABLE_IN_LAST_90_DAYS")).isEqualTo("50.0%");
    }

    @Test
    void networkInvolvement() {
        Api analyst = api("fatima");
        awaitCaughtUp(analyst);
        JsonNode all = ok(analyst.get("/api/reports/network?" + Q2)).body();
        assertThat(value(all, "PLANS_OPEN_AT_END")).isEqualTo("3");
        // C's neighbour does not count: C is closed at the end of June.
        assertThat(value(all, "PLANS_WITH_NETWORK_PARTICIPANT")).isEqualTo("1");
        assertThat(value(all, "SHARE_WITH_NETWORK_PARTICIPANT")).isEqualTo("33.3%");
        assertThat(value(all, "AGREEMENTS_CARRIED_BY_FAMILY")).isEqualTo("0");
        // A's agreements were all made on 6 January.
        JsonNode first = ok(analyst.get("/api/reports/network?" + Q1)).body();
        assertThat(value(first, "AGREEMENTS_CARRIED_BY_FAMILY")).isEqualTo("1");
        assertThat(value(first, "AGREEMENTS_CARRIED_BY_NETWORK")).isEqualTo("1");
        assertThat(value(first, "AGREEMENTS_CARRIED_BY_PROFESSIONAL")).isEqualTo("1");
    }

    @Test
    void directionLevelsPerPhase() {
        Api analyst = api("fatima");
        awaitCaughtUp(analyst);
        JsonNode first = ok(analyst.get("/api/reports/direction-levels?" + Q1)).body();
        assertThat(phases(first, "ADVISER")).containsExactly("1", "0", "0");
        assertThat(phases(first, "DRIVING_FORCE")).containsExactly("1", "0", "0");
        assertThat(phases(first, "INFORMATION_PROVIDER")).containsExactly("1", "0", "0");
        assertThat(phases(first, "CO_DECIDER")).containsExactly("0", "0", "0");
        JsonNode second = ok(analyst.get("/api/reports/direction-levels?" + Q2)).body();
        // A: 1 May is more than three months after 5 January.
        assertThat(phases(second, "CO_DECIDER")).containsExactly("0", "1", "0");
        // C: 15 June is more than three months after 2 February, and the mother's level at closure.
        assertThat(phases(second, "ASSESSOR")).containsExactly("0", "1", "1");
        assertThat(phases(second, "ADVISER")).containsExactly("0", "0", "0");
        assertThat(phases(second, "OBJECT")).containsExactly("0", "0", "0");

        // Only A and B are coordinated by the CJG; C's levels drop out.
        JsonNode cjgFirst = ok(analyst.get("/api/reports/direction-levels?" + Q1 + CJG)).body();
        assertThat(phases(cjgFirst, "ADVISER")).containsExactly("1", "0", "0");
        assertThat(phases(cjgFirst, "INFORMATION_PROVIDER")).containsExactly("0", "0", "0");
        JsonNode cjg = ok(analyst.get("/api/reports/direction-levels?" + Q2 + CJG)).body();
        assertThat(phases(cjg, "CO_DECIDER")).containsExactly("0", "1", "0");
        assertThat(phases(cjg, "ASSESSOR")).containsExactly("0", "0", "0");
    }

    @Test
    void caseloadsPerCoordinatorWithoutNames() {
        Api analyst = api("fatima");
        awaitCaughtUp(analyst);
        // Open on 1 July: Sanne A and B, Ahmed D.
        JsonNode all = ok(analyst.get("/api/reports/caseloads?" + Q2)).body();
        assertThat(value(all, "COORDINATORS_WITH_1_TO_5")).isEqualTo("2");
        assertThat(value(all, "COORDINATORS_WITH_6_TO_10")).isEqualTo("0");
        assertThat(value(all, "COORDINATORS_WITH_21_OR_MORE")).isEqualTo("0");
        assertThat(value(all, "MEDIAN_OPEN_TRAJECTORIES_PER_COORDINATOR")).isEqualTo("1.5");
        assertThat(all.toString()).doesNotContain("sanne").doesNotContain("Sanne").doesNotContain("ahmed");

        JsonNode cjg = ok(analyst.get("/api/reports/caseloads?" + Q2 + CJG)).body();
        assertThat(value(cjg, "COORDINATORS_WITH_1_TO_5")).isEqualTo("1");
        assertThat(value(cjg, "MEDIAN_OPEN_TRAJECTORIES_PER_COORDINATOR")).isEqualTo("2");
        JsonNode registrations = ok(analyst.get("/api/reports/registrations?" + Q1 + CJG)).body();
        assertThat(cell(registrations, "registrationRoute", "SELF", "opened")).isEqualTo("2");
        String csv = analyst.get("/api/reports/caseloads?" + Q2 + CJG + "&format=csv").raw().body();
        assertThat(csv).startsWith("# caseloads 2026-Q2 (quarter, 2026-04-01 to 2026-06-30) coordinated by cjg gouda;").contains("COORDINATORS_WITH_1_TO_5,1");
    }

    private static String value(JsonNode report, String measure) {
        return cell(report, "measure", measure, "value");
    }

    private static java.util.List<String> phases(JsonNode report, String level) {
        return java.util.List.of(cell(report, "level", level, "firstThreeMonths"),
                cell(report, "level", level, "later"), cell(report, "level", level, "atClosure"));
    }

    /** A family opened by a coordinator, who is its coordinator; the mother is its one member. */
    private record Family(Api api, String base, String mother, String coordinator) {

        static Family open(Api api, String startDate) {
            Response opened = ok(api.post("/api/trajectories", """
                    {"familyName":"Praktijk","municipality":"Gouda","startDate":"%s","registration":{"route":"SELF"}}"""
                    .formatted(startDate)));
            String base = "/api/trajectories/" + opened.text("trajectoryId");
            String mother = ok(api.post(base + "/members", """
                    {"name":"Petra Jansen","dateOfBirth":"1985-04-02","role":"PARENT","custody":true}"""))
                    .text("memberId");
            ok(api.put(base + "/coordinator", "{\"participantId\":\"" + opened.text("participantId") + "\"}"));
            return new Family(api, base, mother, opened.text("participantId"));
        }

        String participant(String body) {
            return ok(api.post(base + "/participants", body)).text("participantId");
        }

        void roundTable(int number, String day) {
            ok(api.post(base + "/round-tables", """
                    {"startsAt":"%sT10:00:00","place":"CJG","parts":[{"topic":"Alles","memberIds":["%s"]}]}"""
                    .formatted(day, mother)));
            ok(api.post(base + "/round-tables/" + number + "/held", """
                    {"heldOn":"%s","attendance":[{"memberIds":["%s"]}]}""".formatted(day, mother)));
        }

        void direction(String level, String day) {
            ok(api.post(base + "/direction-levels", """
                    {"memberId":"%s","level":"%s","recordedOn":"%s"}""".formatted(mother, level, day)));
        }
    }
}
