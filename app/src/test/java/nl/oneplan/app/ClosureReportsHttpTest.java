package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;

import static nl.oneplan.app.support.ReportRows.awaitCaughtUp;
import static nl.oneplan.app.support.ReportRows.cell;
import static nl.oneplan.app.support.ReportRows.measure;
import static nl.oneplan.app.support.ReportRows.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The closures and coordinator-changes reports from closures counted by hand, reopened ones too; suppression off. */
@TestPropertySource(properties = "oneplan.reports.minimum-cell=1")
class ClosureReportsHttpTest extends PostgresIntegrationTest {

    private static final String FEBRUARY = "period=2026-02";

    @Test
    void closuresCountInformedPartiesAndHandovers() {
        Api api = api();
        // Evaluated with the family, two parties informed, coordination handed over once.
        Response opened = ok(api.post("/api/trajectories", """
                {"familyName":"Jansen","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}"""));
        String base = "/api/trajectories/" + opened.text("trajectoryId");
        String first = opened.text("participantId");
        String mother = ok(api.post(base + "/members", """
                {"name":"Petra Jansen","dateOfBirth":"1985-04-02","role":"PARENT","custody":true}""")).text("memberId");
        String second = ok(api.post(base + "/participants", """
                {"name":"Ahmed Yilmaz","kind":"PROFESSIONAL","organisation":"Wijkteam Gouda","userId":"ahmed"}"""))
                .text("participantId");
        ok(api.put(base + "/coordinator", "{\"participantId\":\"" + first + "\"}"));
        ok(api.post(base + "/goals", """
                {"description":"Rust in huis","lifeDomain":"HOUSING","startDate":"2026-01-05","plannedEndDate":"2026-06-30"}"""));
        ok(api.post(base + "/coordinator-handover", """
                {"participantId":"%s","reason":"Ziekte","handoverDate":"2026-01-20","familyInformed":true}"""
                .formatted(second)));
        Api ahmed = api("ahmed");
        ok(ahmed.post(base + "/closure-proposal", "{\"reason\":\"GOALS_REACHED\",\"proposedOn\":\"2026-02-01\"}"));
        ok(ahmed.post(base + "/final-evaluation", """
                {"heldOn":"2026-02-05","wentWell":"Korte lijnen","couldBeBetter":"Eerder het netwerk erbij",
                 "goalResults":[{"goalNumber":1,"result":"Rust in huis bereikt"}],"familyJudgesEnough":true,
                 "futurePerspective":"Zelf verder","memberIds":["%s"],"participantIds":["%s"]}"""
                .formatted(mother, second)));
        ok(ahmed.post(base + "/closure-information", """
                {"informed":[{"party":"huisarts","informedBy":"%s","informedOn":"2026-02-06"},
                             {"party":"school","informedBy":"%s","informedOn":"2026-02-06"}]}"""
                .formatted(second, mother)));
        ok(ahmed.post(base + "/closure", "{\"closedOn\":\"2026-02-07\"}"));
        // Forced: the family moved; no evaluation, nobody informed, no handover.
        String moved = "/api/trajectories/" + ok(api.post("/api/trajectories", """
                {"familyName":"Verhuisd","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}"""))
                .text("trajectoryId");
        ok(api.post(moved + "/closure-proposal", "{\"reason\":\"MOVED\",\"proposedOn\":\"2026-02-10\"}"));
        ok(api.post(moved + "/closure", "{\"closedOn\":\"2026-02-11\",\"explanation\":\"Verhuisd naar Utrecht\"}"));

        Api analyst = api("fatima");
        awaitCaughtUp(analyst);
        JsonNode all = analyst.get("/api/reports/closures?" + FEBRUARY).body();
        assertThat(cell(all, "closureReason", "GOALS_REACHED", "withFinalEvaluation")).isEqualTo("1");
        assertThat(cell(all, "closureReason", "MOVED", "withoutFinalEvaluation")).isEqualTo("1");
        JsonNode closures = analyst.get("/api/reports/closures?" + FEBRUARY + "&municipality=Gouda").body();
        assertThat(cell(closures, "closureReason", "GOALS_REACHED", "partiesInformed")).isEqualTo("2");
        assertThat(cell(closures, "closureReason", "GOALS_REACHED", "withoutFinalEvaluation")).isEqualTo("0");
        assertThat(cell(closures, "closureReason", "MOVED", "partiesInformed")).isEqualTo("0");
        assertThat(cell(closures, "closureReason", "MOVED", "withFinalEvaluation")).isEqualTo("0");

        JsonNode changes = analyst.get("/api/reports/coordinator-changes?" + FEBRUARY).body();
        assertThat(measure(changes, "CLOSED_WITHOUT_HANDOVER")).isEqualTo("1");
        assertThat(measure(changes, "CLOSED_AFTER_ONE_HANDOVER")).isEqualTo("1");
        assertThat(measure(changes, "CLOSED_AFTER_TWO_HANDOVERS")).isEqualTo("0");
        JsonNode january = analyst.get("/api/reports/coordinator-changes?period=2026-01").body();
        assertThat(measure(january, "CLOSED_AFTER_ONE_HANDOVER")).isEqualTo("0");
    }

    @Test
    void aTrajectoryClosedAndReopenedSinceStillCountsInThePeriodItClosed() {
        Api api = api();
        Response opened = ok(api.post("/api/trajectories", """
                {"familyName":"Terug","municipality":"Bodegraven","startDate":"2026-01-05",
                 "registration":{"route":"SELF"}}"""));
        String base = "/api/trajectories/" + opened.text("trajectoryId");
        String second = ok(api.post(base + "/participants", """
                {"name":"Ahmed Yilmaz","kind":"PROFESSIONAL","organisation":"Wijkteam Gouda","userId":"ahmed"}"""))
                .text("participantId");
        ok(api.post(base + "/coordinator-handover", """
                {"participantId":"%s","reason":"Verlof","handoverDate":"2026-01-20","familyInformed":true}"""
                .formatted(second)));
        Api ahmed = api("ahmed");
        ok(ahmed.post(base + "/closure-proposal", "{\"reason\":\"MOVED\",\"proposedOn\":\"2026-02-10\"}"));
        ok(ahmed.post(base + "/closure", "{\"closedOn\":\"2026-02-11\",\"explanation\":\"Verhuisd\"}"));
        ok(ahmed.post(base + "/reopening", "{\"reopenedOn\":\"2026-03-10\",\"reason\":\"Terug in Bodegraven\"}"));

        Api analyst = api("fatima");
        awaitCaughtUp(analyst);
        assertClosedInFebruaryOpenInMarch(analyst);

        // A rebuild from the events counts the same history.
        assertThat(analyst.post("/api/projections/trajectory-report/rebuild", "").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                analyst.get("/api/projections/trajectory-report/rebuild").text("state").equals("COMPLETED"));
        awaitCaughtUp(analyst);
        assertClosedInFebruaryOpenInMarch(analyst);
    }

    private static void assertClosedInFebruaryOpenInMarch(Api analyst) {
        String bodegraven = "&municipality=Bodegraven";
        JsonNode closures = analyst.get("/api/reports/closures?" + FEBRUARY + bodegraven).body();
        assertThat(cell(closures, "closureReason", "MOVED", "withoutFinalEvaluation")).isEqualTo("1");
        JsonNode registrations = analyst.get("/api/reports/registrations?" + FEBRUARY + bodegraven).body();
        assertThat(cell(registrations, "registrationRoute", "SELF", "closed")).isEqualTo("1");
        JsonNode changes = analyst.get("/api/reports/coordinator-changes?" + FEBRUARY + bodegraven).body();
        assertThat(measure(changes, "CLOSED_AFTER_ONE_HANDOVER")).isEqualTo("1");
        // By the organisation that coordinated when it closed.
        JsonNode byOrganisation = analyst.get("/api/reports/closures?" + FEBRUARY + bodegraven
                + "&organisation=Wijkteam%20Gouda").body();
        assertThat(cell(byOrganisation, "closureReason", "MOVED", "withoutFinalEvaluation")).isEqualTo("1");

        // Closed at the end of February, open again at the end of March.
        JsonNode february = analyst.get("/api/reports/round-tables?" + FEBRUARY + bodegraven).body();
        assertThat(cell(february, "measure", "OPEN_AT_END", "value")).isEqualTo("0");
        JsonNode march = analyst.get("/api/reports/round-tables?period=2026-03" + bodegraven).body();
        assertThat(cell(march, "measure", "OPEN_AT_END", "value")).isEqualTo("1");
        JsonNode januaryNetwork = analyst.get("/api/reports/network?period=2026-01" + bodegraven).body();
        assertThat(cell(januaryNetwork, "measure", "PLANS_OPEN_AT_END", "value")).isEqualTo("1");
    }
}
