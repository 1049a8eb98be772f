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
                {"name":"Marloes Kok","kind":"PROFESSIONAL","organisation":"Basisschool De Regenboog",
                 "email":"kok@regenboog.nl","phone":"0182123456","reachableDays":["THURSDAY","MONDAY"]}"""))
                .text("participantId");
        ok(sanne.post(base + "/goals", """
                {"description":"Daan gaat elke dag naar school","lifeDomain":"EDUCATION_AND_UPBRINGING",
                 "memberIds":["%s"],"startDate":"2026-01-05","plannedEndDate":"2026-06-30"}""".formatted(daan)));
        ok(sanne.post(base + "/agreements", """
                {"goalNumber":1,"who":"%s","what":"Wekker zetten","startDate":"2026-01-06",
                 "plannedEndDate":"2026-02-01"}""".formatted(mother)));
        ok(sanne.put(base + "/family-contact", """
                {"address":"Kerkstraat 1","placeOfResidence":"Gouda","importantInformation":"Eerst bellen"}"""));
        ok(sanne.post(base + "/round-tables", """
                {"startsAt":"2026-07-10T14:00:00","place":"CJG Gouda","parts":[
                  {"topic":"School","memberIds":["%s"],"participantIds":["%s"]}]}""".formatted(mother, school)));
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
        // Every field of the format: how to reach the involved, when goals and agreements run, which goal an
        // agreement serves, that one is late, the round table's time, important information; and on every page
        // that it is confidential, with its page number.
        String flat = plan.replaceAll("\\s+", " ");
        assertThat(flat).contains("kok@regenboog.nl").contains("0182123456").contains("ma, do")
                .contains("loopt van 5 januari 2026 tot 30 juni 2026")
                .contains("Wekker zetten").contains("van 6 januari 2026 tot 1 februari 2026 — TE LAAT")
                .contains("10 juli 2026 14:00").doesNotContain("2026-07-10")
                .contains("Belangrijke informatie: Eerst bellen")
                .contains("Vertrouwelijk · Gezinsplan Pdfma · pagina 1");
        // The agreement made for goal 1 says so (table cells come out of the PDF without spaces between them).
        assertThat(flat).containsPattern("3 ?1 ?Petra Pdfma ?Wekker zetten");

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
