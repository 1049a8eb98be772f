package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static nl.oneplan.app.support.ReportRows.awaitCaughtUp;
import static nl.oneplan.app.support.ReportRows.cell;
import static nl.oneplan.app.support.ReportRows.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The escalations, escalation-reasons and safety-decisions reports from three trajectories counted
 * by hand; suppression off (minimum cell 1).
 */
@TestPropertySource(properties = "oneplan.reports.minimum-cell=1")
class EscalationsReportHttpTest extends PostgresIntegrationTest {

    private static final String FEBRUARY = "period=2026-02";

    @Test
    void countsEscalationsPerLevelWithTheMedianDaysToDeescalate() {
        Api api = api();
        String a = open(api, "Gouda");
        escalate(api, a, "TEAM_LEAD", "AGREEMENTS_NOT_KEPT", "2026-02-01");
        ok(api.post(a + "/escalations/1/deescalation", "{\"resolution\":\"Opgelost\",\"deescalatedOn\":\"2026-02-11\"}"));
        escalate(api, a, "MANAGEMENT", "AGREEMENTS_NOT_KEPT", "2026-02-20");
        String b = open(api, "Gouda");
        escalate(api, b, "TEAM_LEAD", "CARE_NOT_AVAILABLE", "2026-01-25");
        ok(api.post(b + "/escalations/1/deescalation", "{\"resolution\":\"Opgelost\",\"deescalatedOn\":\"2026-02-15\"}"));
        String c = open(api, "Utrecht");
        escalate(api, c, "VEILIG_THUIS", "SAFETY_CONCERN", "2026-02-03");
        String mother = ok(api.post(c + "/members", """
                {"name":"Petra Jansen","dateOfBirth":"1985-04-02","role":"PARENT","custody":true}""")).text("memberId");
        // Two safety decisions in February, only the first with options put to the family; one in March.
        decide(api, c, mother, "2026-02-04", "[\"Als het thuis rustig is, komen ze eerder terug\"]");
        decide(api, c, mother, "2026-02-18", "[]");
        decide(api, c, mother, "2026-03-02", "[\"Met begeleiding thuis\"]");

        Api analyst = api("fatima");
        awaitCaughtUp(analyst);
        assertThat(cell(analyst.get("/api/reports/escalations?" + FEBRUARY).body(), "level", "VEILIG_THUIS",
                "escalated")).isEqualTo("1");
        JsonNode all = analyst.get("/api/reports/escalations?" + FEBRUARY).body();
        // TEAM_LEAD: a in February, b in January; resolved after 10 and 21 days.
        assertThat(cell(all, "level", "TEAM_LEAD", "escalated")).isEqualTo("1");
        assertThat(cell(all, "level", "TEAM_LEAD", "deescalated")).isEqualTo("2");
        assertThat(cell(all, "level", "TEAM_LEAD", "medianDaysToDeescalate")).isEqualTo("15.5");
        assertThat(cell(all, "level", "TEAM_LEAD", "openAtEnd")).isEqualTo("0");
        assertThat(cell(all, "level", "MANAGEMENT", "escalated")).isEqualTo("1");
        assertThat(cell(all, "level", "MANAGEMENT", "openAtEnd")).isEqualTo("1");
        assertThat(cell(all, "level", "MANAGEMENT", "medianDaysToDeescalate")).isEqualTo("-");
        assertThat(cell(all, "level", "VEILIG_THUIS", "safety")).isEqualTo("true");

        JsonNode gouda = analyst.get("/api/reports/escalations?" + FEBRUARY + "&municipality=Gouda").body();
        assertThat(cell(gouda, "level", "VEILIG_THUIS", "escalated")).isEqualTo("0");
        JsonNode january = analyst.get("/api/reports/escalations?period=2026-01").body();
        assertThat(cell(january, "level", "TEAM_LEAD", "escalated")).isEqualTo("1");
        assertThat(cell(january, "level", "TEAM_LEAD", "openAtEnd")).isEqualTo("1");

        JsonNode reasons = analyst.get("/api/reports/escalation-reasons?" + FEBRUARY).body();
        // a's two escalations in February (resolved after 10 days), b's January one resolved in February.
        assertThat(cell(reasons, "reason", "AGREEMENTS_NOT_KEPT", "escalated")).isEqualTo("2");
        assertThat(cell(reasons, "reason", "AGREEMENTS_NOT_KEPT", "deescalated")).isEqualTo("1");
        assertThat(cell(reasons, "reason", "AGREEMENTS_NOT_KEPT", "medianDaysToDeescalate")).isEqualTo("10");
        assertThat(cell(reasons, "reason", "CARE_NOT_AVAILABLE", "escalated")).isEqualTo("0");
        assertThat(cell(reasons, "reason", "CARE_NOT_AVAILABLE", "deescalated")).isEqualTo("1");
        assertThat(cell(reasons, "reason", "CARE_NOT_AVAILABLE", "medianDaysToDeescalate")).isEqualTo("21");
        assertThat(cell(reasons, "reason", "SAFETY_CONCERN", "escalated")).isEqualTo("1");
        assertThat(cell(reasons, "reason", "SAFETY_CONCERN", "toSafetyLevel")).isEqualTo("1");
        assertThat(cell(reasons, "reason", "AGREEMENTS_NOT_KEPT", "toSafetyLevel")).isEqualTo("0");
        assertThat(cell(reasons, "reason", "NOT_RECORDED", "escalated")).isEqualTo("0");

        JsonNode safety = analyst.get("/api/reports/safety-decisions?" + FEBRUARY).body();
        assertThat(cell(safety, "measure", "SAFETY_DECISIONS_AGAINST_FAMILY_WISH", "value")).isEqualTo("2");
        assertThat(cell(safety, "measure", "TRAJECTORIES_WITH_SAFETY_DECISION", "value")).isEqualTo("1");
        assertThat(cell(safety, "measure", "WITH_OPTIONS_PUT_TO_FAMILY", "value")).isEqualTo("1");
        assertThat(cell(safety, "measure", "WITHOUT_OPTIONS_PUT_TO_FAMILY", "value")).isEqualTo("1");
        assertThat(safety.toString()).doesNotContain("thuis rustig");
    }

    @Test
    void anEscalationNamesACodedReason() {
        Api api = api();
        String base = open(api, "Gouda");
        Response missing = api.post(base + "/escalations", """
                {"to":"MANAGEMENT","reason":"Plan loopt vast","escalatedOn":"2026-02-01"}""");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text("code")).isEqualTo("FIELD_REQUIRED");
        Response notRecorded = api.post(base + "/escalations", """
                {"to":"MANAGEMENT","reasonCode":"NOT_RECORDED","reason":"Plan loopt vast","escalatedOn":"2026-02-01"}""");
        assertThat(notRecorded.status()).isEqualTo(400);
        assertThat(notRecorded.text("code")).isEqualTo("ESCALATION_REASON_NOT_CHOSEN");
    }

    private static String open(Api api, String municipality) {
        return "/api/trajectories/" + ok(api.post("/api/trajectories", """
                {"familyName":"Opschalen","municipality":"%s","startDate":"2026-01-05","registration":{"route":"SELF"}}"""
                .formatted(municipality))).text("trajectoryId");
    }

    private static void escalate(Api api, String base, String level, String reason, String on) {
        ok(api.post(base + "/escalations", """
                {"to":"%s","reasonCode":"%s","reason":"Afspraken lopen vast","escalatedOn":"%s"}"""
                .formatted(level, reason, on)));
    }

    private static void decide(Api api, String base, String member, String on, String options) {
        ok(api.post(base + "/safety-decisions", """
                {"decidedOn":"%s","decision":"De kinderen logeren bij oma","decidedBy":"teamleider Veilig Thuis",
                 "optionsPutToFamily":%s,"familyResponse":"Niet mee eens","memberIds":["%s"],
                 "directionLevelAfter":"ADVISER"}""".formatted(on, options, member)));
    }


}
