package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static nl.oneplan.app.support.ReportRows.awaitCaughtUp;
import static nl.oneplan.app.support.ReportRows.cell;
import static nl.oneplan.app.support.ReportRows.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** The escalations report from three trajectories counted by hand; suppression off (minimum cell 1). */
@TestPropertySource(properties = "oneplan.reports.minimum-cell=1")
class EscalationsReportHttpTest extends PostgresIntegrationTest {

    private static final String FEBRUARY = "from=2026-02-01&to=2026-03-01";

    @Test
    void countsEscalationsPerLevelWithTheMedianDaysToDeescalate() {
        Api api = api();
        String a = open(api, "Gouda");
        escalate(api, a, "TEAM_LEAD", "2026-02-01");
        ok(api.post(a + "/escalations/1/deescalation", "{\"resolution\":\"Opgelost\",\"deescalatedOn\":\"2026-02-11\"}"));
        escalate(api, a, "MANAGEMENT", "2026-02-20");
        String b = open(api, "Gouda");
        escalate(api, b, "TEAM_LEAD", "2026-01-25");
        ok(api.post(b + "/escalations/1/deescalation", "{\"resolution\":\"Opgelost\",\"deescalatedOn\":\"2026-02-15\"}"));
        String c = open(api, "Utrecht");
        escalate(api, c, "VEILIG_THUIS", "2026-02-03");

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
        JsonNode january = analyst.get("/api/reports/escalations?from=2026-01-01&to=2026-02-01").body();
        assertThat(cell(january, "level", "TEAM_LEAD", "escalated")).isEqualTo("1");
        assertThat(cell(january, "level", "TEAM_LEAD", "openAtEnd")).isEqualTo("1");
    }

    private static String open(Api api, String municipality) {
        return "/api/trajectories/" + ok(api.post("/api/trajectories", """
                {"familyName":"Opschalen","municipality":"%s","startDate":"2026-01-05","registration":{"route":"SELF"}}"""
                .formatted(municipality))).text("trajectoryId");
    }

    private static void escalate(Api api, String base, String level, String on) {
        ok(api.post(base + "/escalations", """
                {"to":"%s","reason":"Afspraken lopen vast","escalatedOn":"%s"}""".formatted(level, on)));
    }


}
