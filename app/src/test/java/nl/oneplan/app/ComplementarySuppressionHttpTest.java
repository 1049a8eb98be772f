package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.context.TestPropertySource;

import static nl.oneplan.app.support.ReportRows.awaitCaughtUp;
import static nl.oneplan.app.support.ReportRows.cell;
import static nl.oneplan.app.support.ReportRows.measure;
import static nl.oneplan.app.support.ReportRows.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every report that shows a total beside a breakdown of it withholds the total ("x") when a part
 * of it, or what the breakdown leaves out, is suppressed. With a minimum cell of 2 a single one is
 * suppressed, so a few events per report show it; four families in Gouda, March 2026.
 */
@TestPropertySource(properties = "oneplan.reports.minimum-cell=2")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplementarySuppressionHttpTest extends PostgresIntegrationTest {

    private static final String MARCH = "period=2026-03";

    @BeforeAll
    void history() {
        Api api = api();
        // Two agreements done on time, one of them after rescheduling: on time + late = 2, 1 of them
        // rescheduled, so the other 1 was not. The family has an aunt in its network.
        String agreements = open(api);
        String parent = member(api, agreements);
        ok(api.post(agreements + "/participants",
                "{\"name\":\"Els Bakker\",\"kind\":\"NETWORK\",\"networkCategory\":\"RELATIVES\"}"));
        String onTime = agreement(api, agreements, parent, "2026-03-20");
        String rescheduled = agreement(api, agreements, parent, "2026-03-05");
        ok(api.post(agreements + "/agreements/" + rescheduled + "/rescheduling",
                "{\"plannedEndDate\":\"2026-03-25\",\"reason\":\"Wachtlijst\"}"));
        ok(api.post(agreements + "/agreements/" + onTime + "/completion", "{\"completedOn\":\"2026-03-10\"}"));
        ok(api.post(agreements + "/agreements/" + rescheduled + "/completion", "{\"completedOn\":\"2026-03-15\"}"));

        // Two escalations for a safety concern, one of them to Veilig Thuis.
        escalate(api, open(api), "VEILIG_THUIS");
        escalate(api, open(api), "TEAM_LEAD");

        // Three safety decisions, options put to the family in two.
        String safety = open(api);
        String mother = member(api, safety);
        decide(api, safety, mother, "2026-03-02", "[\"Met begeleiding thuis\"]");
        decide(api, safety, mother, "2026-03-09", "[\"Als het rustig is, eerder terug\"]");
        decide(api, safety, mother, "2026-03-16", "[]");
        awaitCaughtUp(api("fatima"));
    }

    @Test
    void agreementsOnTimeAndLateAreWithheldBesideTheRescheduledOnes() {
        JsonNode report = ok(api("fatima").get("/api/reports/agreements?" + MARCH)).body();
        assertThat(measure(report, "COMPLETED_AFTER_RESCHEDULING")).isEqualTo("<2");
        assertThat(measure(report, "COMPLETED_ON_TIME")).isEqualTo("x");
        assertThat(measure(report, "COMPLETED_LATE")).isEqualTo("x");
        assertThat(measure(report, "CANCELLED")).isEqualTo("0");
    }

    @Test
    void escalationsPerReasonAreWithheldBesideThoseToASafetyLevel() {
        JsonNode report = ok(api("fatima").get("/api/reports/escalation-reasons?" + MARCH)).body();
        assertThat(cell(report, "reason", "SAFETY_CONCERN", "toSafetyLevel")).isEqualTo("<2");
        assertThat(cell(report, "reason", "SAFETY_CONCERN", "escalated")).isEqualTo("x");
        assertThat(cell(report, "reason", "AGREEMENTS_NOT_KEPT", "escalated")).isEqualTo("0");
    }

    @Test
    void safetyDecisionsInAllAreWithheldBesideThoseWithAndWithoutOptions() {
        JsonNode report = ok(api("fatima").get("/api/reports/safety-decisions?" + MARCH)).body();
        assertThat(cell(report, "measure", "WITH_OPTIONS_PUT_TO_FAMILY", "value")).isEqualTo("2");
        assertThat(cell(report, "measure", "WITHOUT_OPTIONS_PUT_TO_FAMILY", "value")).isEqualTo("<2");
        assertThat(cell(report, "measure", "SAFETY_DECISIONS_AGAINST_FAMILY_WISH", "value")).isEqualTo("x");
    }

    /** Both reports show how many plans are open, so both withhold it, and the shares that would give it back. */
    @Test
    void openPlansAreWithheldInTheNetworkAndTheRoundTablesReportAlike() {
        Api analyst = api("fatima");
        JsonNode network = ok(analyst.get("/api/reports/network?" + MARCH)).body();
        assertThat(cell(network, "measure", "PLANS_WITH_NETWORK_PARTICIPANT", "value")).isEqualTo("<2");
        assertThat(cell(network, "measure", "PLANS_OPEN_AT_END", "value")).isEqualTo("x");
        assertThat(cell(network, "measure", "SHARE_WITH_NETWORK_PARTICIPANT", "value")).isEqualTo("x");
        JsonNode roundTables = ok(analyst.get("/api/reports/round-tables?" + MARCH)).body();
        assertThat(cell(roundTables, "measure", "OPEN_AT_END", "value")).isEqualTo("x");
        assertThat(cell(roundTables, "measure", "OPEN_WITH_ROUND_TABLE_IN_LAST_90_DAYS", "value")).isEqualTo("0");
        assertThat(cell(roundTables, "measure", "SHARE_WITH_ROUND_TABLE_IN_LAST_90_DAYS", "value")).isEqualTo("x");
        assertThat(analyst.get("/api/reports/network?" + MARCH + "&format=csv").raw().body().split("\r\n"))
                .contains("PLANS_OPEN_AT_END,x", "PLANS_WITH_NETWORK_PARTICIPANT,<2");
    }

    private static String open(Api api) {
        return "/api/trajectories/" + ok(api.post("/api/trajectories", """
                {"familyName":"Aanvullend","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}"""))
                .text("trajectoryId");
    }

    private static String member(Api api, String base) {
        return ok(api.post(base + "/members", """
                {"name":"Petra Jansen","dateOfBirth":"1985-04-02","role":"PARENT","custody":true}""")).text("memberId");
    }

    private static String agreement(Api api, String base, String who, String plannedEnd) {
        return ok(api.post(base + "/agreements", """
                {"who":"%s","what":"Bellen met de woningcorporatie","startDate":"2026-01-06","plannedEndDate":"%s"}"""
                .formatted(who, plannedEnd))).text("agreementNumber");
    }

    private static void escalate(Api api, String base, String level) {
        ok(api.post(base + "/escalations", """
                {"to":"%s","reasonCode":"SAFETY_CONCERN","reason":"Zorgen om veiligheid","escalatedOn":"2026-03-03"}"""
                .formatted(level)));
    }

    private static void decide(Api api, String base, String member, String on, String options) {
        ok(api.post(base + "/safety-decisions", """
                {"decidedOn":"%s","decision":"De kinderen logeren bij oma","decidedBy":"teamleider Veilig Thuis",
                 "optionsPutToFamily":%s,"familyResponse":"Niet mee eens","memberIds":["%s"],
                 "directionLevelAfter":"ADVISER"}""".formatted(on, options, member)));
    }
}
