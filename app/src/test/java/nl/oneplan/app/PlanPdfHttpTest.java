package nl.oneplan.app;

import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.PdfText;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;

import static nl.oneplan.app.support.ReportRows.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** The plan as PDF, whole for the family and as a recipient's copy with the unconsented parts withheld. */
class PlanPdfHttpTest extends PostgresIntegrationTest {

    @Test
    void theWholePlanAndARecipientsCopyComeAsPdf() throws Exception {
        Api sanne = api("sanne");
        Api.Response opened = ok(sanne.post("/api/trajectories", """
                {"familyName":"Pdfma","municipality":"Gouda","startDate":"2026-01-05",
                 "registration":{"route":"SELF"}}"""));
        String base = "/api/trajectories/" + opened.text("trajectoryId");
        String mother = ok(sanne.post(base + "/members", """
                {"name":"Petra Pdfma","dateOfBirth":"1985-04-02","role":"PARENT","custody":true}""")).text("memberId");
        String daan = ok(sanne.post(base + "/members", """
                {"name":"Daan Pdfma","dateOfBirth":"2016-09-12","role":"CHILD"}""")).text("memberId");
        String school = ok(sanne.post(base + "/participants", """
                {"name":"Marloes Kok","kind":"PROFESSIONAL","organisation":"Basisschool De Regenboog"}"""))
                .text("participantId");
        ok(sanne.post(base + "/goals", """
                {"description":"Daan gaat elke dag naar school","lifeDomain":"EDUCATION_AND_UPBRINGING",
                 "memberIds":["%s"],"startDate":"2026-01-05","plannedEndDate":"2026-06-30"}""".formatted(daan)));
        Api.Response consent = ok(sanne.post(base + "/consents", """
                {"aboutMemberIds":["%s"],"givenByMemberIds":["%s"],"recipient":{"participantId":"%s"},
                 "categories":[{"type":"GOALS","lifeDomain":"EDUCATION_AND_UPBRINGING"}],
                 "purposes":[{"code":"CARE_COORDINATION"}],"form":"VERBAL"}""".formatted(daan, mother, school)));
        String token = consent.header("OnePlan-Consistency-Token");

        HttpResponse<byte[]> whole = pdf(sanne, base + "/plan?format=pdf", token);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(whole.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment").contains("gezinsplan-pdfma.pdf");
        String plan = text(whole.body());
        assertThat(plan).contains("Gezinsplan Pdfma").contains("1. Algemene informatie gezin")
                .contains("Petra Pdfma").contains("2 april 1985").contains("Daan gaat elke dag naar school")
                .contains("5. Eindevaluatie");

        HttpResponse<byte[]> copy = pdf(sanne, base + "/plan?recipient=" + school + "&format=pdf", token);
        assertThat(copy.statusCode()).isEqualTo(200);
        String forSchool = text(copy.body());
        assertThat(forSchool).contains("Kopie voor Marloes Kok (Basisschool De Regenboog)")
                .contains("Daan gaat elke dag naar school")
                .contains("Niet gedeeld: het gezin gaf hiervoor geen toestemming (contactgegevens).")
                .doesNotContain("2 april 1985").doesNotContain("Petra Pdfma");

        // Reading either is in the access log, like reading the plan itself.
        assertThat(api("pieter").get(base + "/access-log").raw().body()).contains("PLAN_COPY");
        // Someone who may not read the plan gets no PDF either.
        assertThat(pdf(api("ahmed"), base + "/plan?format=pdf", null).statusCode()).isEqualTo(404);
    }

    private static HttpResponse<byte[]> pdf(Api api, String path, String token) throws IOException, InterruptedException {
        var request = api.request(path).setHeader("Accept", "application/pdf, application/problem+json");
        if (token != null) {
            request.header("OnePlan-Consistency-Token", token);
        }
        return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(byte[] pdf) throws IOException {
        return PdfText.of(pdf);
    }
}
