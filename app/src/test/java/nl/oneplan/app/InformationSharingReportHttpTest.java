package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.time.YearMonth;
import java.time.ZoneId;

import static nl.oneplan.app.support.ReportRows.awaitCaughtUp;
import static nl.oneplan.app.support.ReportRows.measure;
import static nl.oneplan.app.support.ReportRows.ok;
import static nl.oneplan.app.support.ReportRows.sameMonth;
import static nl.oneplan.app.support.ReportRows.thisMonth;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The information-sharing report from a history counted by hand. Suppression is off here
 * (minimum cell 1) so every count is visible; ReportsHttpTest covers suppression.
 */
@TestPropertySource(properties = "oneplan.reports.minimum-cell=1")
class InformationSharingReportHttpTest extends PostgresIntegrationTest {

    private static final String SHARE = """
            {"recipient":{"participantId":"%s"},"aboutMemberIds":["%s"],"categories":[{"type":"%s"%s}],
             "purpose":{"code":"CARE_COORDINATION"},"channel":"EMAIL"%s}""";

    @Test
    void countsDisclosuresByBasisAndWhetherConsentWasAskedFirst() {
        Api api = api("sanne");
        // Everything is shared today, so in this month.
        String period = thisMonth();
        // Gouda, asked first: consent, two disclosures it covers, one attempt it does not cover.
        Family asked = family(api, "Gouda");
        ok(api.post(asked.base + "/consents", """
                {"aboutMemberIds":["%s"],"givenByMemberIds":["%s"],
                 "recipient":{"organisation":"Basisschool De Regenboog"},
                 "categories":[{"type":"GOALS","lifeDomain":"EDUCATION_AND_UPBRINGING"}],
                 "purposes":[{"code":"CARE_COORDINATION"}],"form":"VERBAL"}""".formatted(asked.child, asked.parent)));
        for (int i = 0; i < 2; i++) {
            ok(api.post(asked.base + "/disclosures", SHARE.formatted(asked.school, asked.child, "GOALS",
                    ",\"lifeDomain\":\"EDUCATION_AND_UPBRINGING\"", "")));
        }
        assertThat(api.post(asked.base + "/disclosures", SHARE.formatted(asked.school, asked.child,
                "SAFETY_CONCERNS", "", "")).status()).isEqualTo(403);
        // Gouda and Utrecht, not asked: shared on a statutory ground only.
        for (String municipality : new String[]{"Gouda", "Utrecht"}) {
            Family statutory = family(api, municipality);
            ok(api.post(statutory.base + "/disclosures", SHARE.formatted(statutory.school, statutory.child,
                    "SAFETY_CONCERNS", "", """
                    ,"statutoryGround":{"code":"MELDCODE","justification":"Acute zorgen om veiligheid",
                     "decidedBy":"aandachtsfunctionaris","familyNotInformedReason":"Veiligheid van het kind"}""")));
        }
        // Gouda, consent but nothing shared: in neither trajectory count.
        Family quiet = family(api, "Gouda");
        ok(api.post(quiet.base + "/consents", """
                {"aboutMemberIds":["%s"],"givenByMemberIds":["%s"],"recipient":{"organisation":"GGD"},
                 "categories":[{"type":"INDICATIONS"}],"purposes":[{"code":"CARE_COORDINATION"}],"form":"VERBAL"}"""
                .formatted(quiet.child, quiet.parent)));

        sameMonth(period);
        Api analyst = api("fatima");
        awaitCaughtUp(analyst);
        JsonNode all = analyst.get("/api/reports/information-sharing?" + period).body();
        assertThat(measure(all, "DISCLOSURES_UNDER_STATUTORY_GROUND")).isEqualTo("2");
        assertThat(measure(all, "FIRST_DISCLOSURE_CONSENT_NOT_ASKED_BEFORE")).isEqualTo("2");
        assertThat(measure(all, "DISCLOSURES_UNDER_CONSENT")).isEqualTo("2");
        JsonNode gouda = analyst.get("/api/reports/information-sharing?" + period + "&municipality=Gouda").body();
        assertThat(measure(gouda, "DISCLOSURES_UNDER_CONSENT")).isEqualTo("2");
        assertThat(measure(gouda, "DISCLOSURES_UNDER_STATUTORY_GROUND")).isEqualTo("1");
        assertThat(measure(gouda, "REFUSED_ATTEMPTS")).isEqualTo("1");
        assertThat(measure(gouda, "FIRST_DISCLOSURE_CONSENT_ASKED_BEFORE")).isEqualTo("1");
        assertThat(measure(gouda, "FIRST_DISCLOSURE_CONSENT_NOT_ASKED_BEFORE")).isEqualTo("1");

        JsonNode before = analyst.get("/api/reports/information-sharing?period="
                + YearMonth.now(ZoneId.of("Europe/Amsterdam")).minusMonths(1)).body();
        for (JsonNode row : before.path("rows")) {
            assertThat(row.path("count").path("count").asInt()).as(row.toString()).isZero();
        }
        String csv = analyst.get("/api/reports/information-sharing?" + period + "&municipality=Gouda&format=csv")
                .raw().body();
        assertThat(csv.split("\r\n")).contains("measure,count", "DISCLOSURES_UNDER_CONSENT,2", "REFUSED_ATTEMPTS,1");
        assertThat(csv).doesNotContain("Regenboog").doesNotContain("MELDCODE");
    }

    private record Family(String base, String parent, String child, String school) {
    }

    private static Family family(Api api, String municipality) {
        Response opened = ok(api.post("/api/trajectories", """
                {"familyName":"Delen","municipality":"%s","startDate":"2026-01-05","registration":{"route":"SELF"}}"""
                .formatted(municipality)));
        String base = "/api/trajectories/" + opened.text("trajectoryId");
        String parent = ok(api.post(base + "/members", """
                {"name":"Petra Delen","dateOfBirth":"1985-04-02","role":"PARENT","custody":true}""")).text("memberId");
        String child = ok(api.post(base + "/members", """
                {"name":"Daan Delen","dateOfBirth":"2016-09-30","role":"CHILD"}""")).text("memberId");
        String school = ok(api.post(base + "/participants", """
                {"name":"Marloes Kok","kind":"PROFESSIONAL","organisation":"Basisschool De Regenboog"}"""))
                .text("participantId");
        return new Family(base, parent, child, school);
    }


}
