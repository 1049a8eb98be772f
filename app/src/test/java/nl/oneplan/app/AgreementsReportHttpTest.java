package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static nl.oneplan.app.support.ReportRows.awaitCaughtUp;
import static nl.oneplan.app.support.ReportRows.measure;
import static nl.oneplan.app.support.ReportRows.ok;
import static nl.oneplan.app.support.ReportRows.sameMonth;
import static nl.oneplan.app.support.ReportRows.thisMonth;
import static org.assertj.core.api.Assertions.assertThat;

/** The agreements report from a history counted by hand; suppression off (minimum cell 1). */
@TestPropertySource(properties = "oneplan.reports.minimum-cell=1")
class AgreementsReportHttpTest extends PostgresIntegrationTest {

    private static final String QUARTER = "period=2026-Q1";

    @Test
    void countsAgreementsDoneOnTimeLateAndCancelled() {
        Api api = api("sanne");
        String thisMonth = thisMonth();
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

        sameMonth(thisMonth);
        Api analyst = api("fatima");
        awaitCaughtUp(analyst);
        // Cancelled on the day it was recorded: this month.
        assertThat(measure(analyst.get("/api/reports/agreements?" + thisMonth).body(), "CANCELLED")).isEqualTo("1");
        JsonNode quarter = analyst.get("/api/reports/agreements?" + QUARTER + "&municipality=Gouda").body();
        assertThat(measure(quarter, "COMPLETED_ON_TIME")).isEqualTo("2");
        assertThat(measure(quarter, "COMPLETED_LATE")).isEqualTo("1");
        assertThat(measure(quarter, "COMPLETED_AFTER_RESCHEDULING")).isEqualTo("1");
        assertThat(measure(quarter, "CANCELLED")).isEqualTo("0");
        JsonNode now = analyst.get("/api/reports/agreements?" + thisMonth).body();
        assertThat(measure(now, "COMPLETED_ON_TIME")).isEqualTo("0");
    }

    private static String agreement(Api api, String base, String who, String plannedEnd) {
        return ok(api.post(base + "/agreements", """
                {"who":"%s","what":"Bellen met de woningcorporatie","startDate":"2026-01-06","plannedEndDate":"%s"}"""
                .formatted(who, plannedEnd))).text("agreementNumber");
    }


}
