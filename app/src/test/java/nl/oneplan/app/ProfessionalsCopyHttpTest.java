package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PdfText;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mother denies safety concerns to the school. The school's professional, involved with an
 * account but not coordinating, signs in and finds no safety concern, domestic-violence goal or
 * escalation through any endpoint; the coordinator finds all of them; every read is logged with
 * its ground. Nor can the professional take the family over by relinking the coordinator.
 */
class ProfessionalsCopyHttpTest extends PostgresIntegrationTest {

    private static final String TOKEN = "OnePlan-Consistency-Token";
    private static final String SECRET_GOAL = "Petra en Daan wonen veilig, zonder geweld thuis";
    private static final String SECRET_ESCALATION = "Zorgen om huiselijk geweld";
    private static final String SECRET_DECISION = "Melding bij Veilig Thuis";

    private Api sanne;
    private Api marloes;
    private String id;
    private String base;
    private String sanneId;
    private String teacher;
    private String lastToken;

    private Response ok(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        if (response.header(TOKEN) != null) {
            lastToken = response.header(TOKEN);
        }
        return response;
    }

    @BeforeEach
    void aFamilyWithASecretFromTheSchool() {
        sanne = api("sanne");
        marloes = api("marloes");
        Response opened = ok(sanne.post("/api/trajectories", """
                {"familyName":"Jansen","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}"""));
        id = opened.text("trajectoryId");
        base = "/api/trajectories/" + id;
        sanneId = opened.text("participantId");
        String mother = ok(sanne.post(base + "/members", """
                {"name":"Petra Jansen","dateOfBirth":"1985-04-02","role":"PARENT","custody":true}""")).text("memberId");
        String daan = ok(sanne.post(base + "/members", """
                {"name":"Daan Jansen","dateOfBirth":"2016-09-30","role":"CHILD"}""")).text("memberId");
        teacher = ok(sanne.post(base + "/participants", """
                {"name":"Marloes Kok","kind":"PROFESSIONAL","organisation":"Basisschool De Regenboog","userId":"marloes"}"""))
                .text("participantId");
        ok(sanne.put(base + "/coordinator", "{\"participantId\":\"" + sanneId + "\"}"));
        ok(sanne.post(base + "/goals", """
                {"description":"Daan gaat elke dag naar school","lifeDomain":"EDUCATION_AND_UPBRINGING",
                 "memberIds":["%s"],"startDate":"2026-01-05","plannedEndDate":"2026-06-30"}""".formatted(daan)));
        ok(sanne.post(base + "/goals", """
                {"description":"%s","lifeDomain":"DOMESTIC_VIOLENCE",
                 "memberIds":["%s","%s"],"startDate":"2026-01-05","plannedEndDate":"2026-06-30"}"""
                .formatted(SECRET_GOAL, mother, daan)));
        ok(sanne.post(base + "/agreements", """
                {"goalNumber":1,"who":"%s","what":"Wekelijks gesprek met Daan","startDate":"2026-01-05",
                 "plannedEndDate":"2026-03-01"}""".formatted(teacher)));
        ok(sanne.post(base + "/escalations", """
                {"to":"VEILIG_THUIS","reasonCode":"SAFETY_CONCERN","reason":"%s","escalatedOn":"2026-01-20"}"""
                .formatted(SECRET_ESCALATION)));
        ok(sanne.post(base + "/safety-decisions", """
                {"decidedOn":"2026-01-21","decision":"%s","decidedBy":"teamleider","memberIds":["%s"],
                 "directionLevelAfter":"ADVISER"}""".formatted(SECRET_DECISION, daan)));
        ok(sanne.post(base + "/consents", """
                {"aboutMemberIds":["%s"],"givenByMemberIds":["%s"],
                 "recipient":{"organisation":"Basisschool De Regenboog"},
                 "categories":[{"type":"GOALS","lifeDomain":"EDUCATION_AND_UPBRINGING"}],
                 "purposes":[{"code":"CARE_COORDINATION"}],"form":"VERBAL"}""".formatted(daan, mother)));
        ok(sanne.post(base + "/denials", """
                {"aboutMemberIds":["%s","%s"],"decidedByMemberIds":["%s"],
                 "recipient":{"organisation":"Basisschool De Regenboog"},
                 "categories":[{"type":"SAFETY_CONCERNS"},{"type":"GOALS","lifeDomain":"DOMESTIC_VIOLENCE"}]}"""
                .formatted(mother, daan, mother)));
    }

    private void assertNoSecret(String what, String body) {
        assertThat(body).as(what).doesNotContain(SECRET_GOAL).doesNotContain(SECRET_ESCALATION)
                .doesNotContain(SECRET_DECISION).doesNotContain("VEILIG_THUIS").doesNotContain("SAFETY_CONCERN\"")
                .doesNotContain("DOMESTIC_VIOLENCE").doesNotContain("Huiselijk geweld");
    }

    private String raw(Api api, String path) {
        return api.get(path, TOKEN, lastToken).raw().body();
    }

    @Test
    void theSchoolReachesNoSafetyConcernThroughAnyEndpointAndTheCoordinatorReachesThemAll() throws Exception {
        JsonNode copy = marloes.get(base + "/plan", TOKEN, lastToken).body();
        assertThat(copy.path("copyFor").asText()).isEqualTo(teacher);
        assertThat(copy.path("goals").get(0).path("description").asText()).isEqualTo("Daan gaat elke dag naar school");
        assertThat(copy.path("goals").get(1).path("withheld").asBoolean()).isTrue();
        assertThat(copy.path("escalations").path("withheld").asBoolean()).isTrue();
        assertThat(copy.path("safetyDecisions").path("withheld").asBoolean()).isTrue();
        assertThat(copy.path("agreements").get(2).path("what").asText()).isEqualTo("Wekelijks gesprek met Daan");

        for (String path : List.of("/plan", "/plan?recipient=" + teacher, "/timeline", "/disclosures",
                "/disclosures?format=csv")) {
            assertNoSecret(path, raw(marloes, base + path));
        }
        assertNoSecret("list", raw(marloes, "/api/trajectories"));
        assertNoSecret("caseload", raw(marloes, "/api/caseload"));
        HttpResponse<byte[]> pdf = marloes.client().send(marloes.request(base + "/plan?format=pdf")
                .setHeader("Accept", "application/pdf").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("gezinsplan-jansen-kopie-marloes-kok-basisschool-de-regenboog.pdf");
        assertNoSecret("pdf", PdfText.of(pdf.body()));

        // Consent, names, verification and someone else's copy are the coordinator's.
        for (String path : List.of("/consents", "/verification", "/parties", "/plan?recipient=" + sanneId)) {
            Response refused = marloes.get(base + path);
            assertThat(refused.status()).as(path).isEqualTo(404);
            assertThat(refused.text("code")).isEqualTo("TRAJECTORY_NOT_FOUND");
        }
        // Their own doings they do see.
        List<String> ownTimeline = whats(marloes.get(base + "/timeline").body());
        assertThat(ownTimeline).isEmpty();
        Response completed = ok(marloes.post(base + "/agreements/3/completion", "{\"completedOn\":\"2026-02-01\"}"));
        assertThat(whats(marloes.get(base + "/timeline", TOKEN, completed.header(TOKEN)).body())).hasSize(1);
        JsonNode caseload = marloes.get("/api/caseload").body();
        assertThat(caseload).hasSize(1);
        assertThat(caseload.get(0).path("familyName").asText()).isEqualTo("Jansen");
        assertThat(caseload.get(0).path("coordinating").asBoolean()).isFalse();

        // The coordinator sees everything.
        String whole = raw(sanne, base + "/plan");
        assertThat(whole).contains(SECRET_GOAL, SECRET_ESCALATION, SECRET_DECISION);
        assertThat(whats(sanne.get(base + "/timeline").body())).anyMatch(what -> what.contains(SECRET_ESCALATION));

        // Every read is in the access log with its ground.
        JsonNode log = api("pieter").get(base + "/access-log").body();
        List<String> marloesReads = StreamSupport.stream(log.spliterator(), false)
                .filter(entry -> entry.path("userId").asText().equals("marloes"))
                .map(entry -> entry.path("view").asText() + " " + entry.path("basis").asText()).toList();
        assertThat(marloesReads).anyMatch(read -> read.startsWith("OWN_COPY_READ INVOLVED; consents "))
                .anyMatch(read -> read.startsWith("OWN_COPY_DOWNLOADED INVOLVED; consents "))
                .anyMatch(read -> read.equals("TIMELINE INVOLVED"))
                .anyMatch(read -> read.equals("DISCLOSURES INVOLVED"));
        assertThat(StreamSupport.stream(log.spliterator(), false)
                .filter(entry -> entry.path("userId").asText().equals("sanne"))
                .map(entry -> entry.path("view").asText() + " " + entry.path("basis").asText()))
                .contains("PLAN COORDINATOR", "TIMELINE COORDINATOR");
    }

    @Test
    void theSchoolCannotTakeTheFamilyOver() {
        Response takeover = marloes.put(base + "/participants/" + sanneId + "/account", "{\"userId\":\"ahmed\"}");
        assertThat(takeover.status()).isEqualTo(403);
        assertThat(takeover.text("code")).isEqualTo("NOT_THE_COORDINATOR");
        Response overwrite = sanne.put(base + "/participants/" + teacher + "/account", "{\"userId\":\"ahmed\"}");
        assertThat(overwrite.status()).isEqualTo(409);
        assertThat(overwrite.text("code")).isEqualTo("PARTICIPANT_ALREADY_LINKED");
        Response ownAccount = sanne.post(base + "/participants/" + sanneId + "/account-unlinking",
                "{\"reason\":\"Weg\"}");
        assertThat(ownAccount.text("code")).isEqualTo("COORDINATOR_ACCOUNT_STAYS");
        assertThat(api("ahmed").get(base + "/plan").status()).isEqualTo(404);

        // The coordinator unlinks the school's account visibly, with a reason; the school loses access.
        Response unlinked = ok(sanne.post(base + "/participants/" + teacher + "/account-unlinking",
                "{\"reason\":\"Marloes werkt niet meer op De Regenboog\"}"));
        assertThat(whats(sanne.get(base + "/timeline", TOKEN, unlinked.header(TOKEN)).body()))
                .contains("Gebruiker marloes handelt niet meer als Marloes Kok: Marloes werkt niet meer op De Regenboog");
        await().atMost(Duration.ofSeconds(20)).until(() -> marloes.get(base + "/plan").status() == 404);
        assertThat(sanne.get(base + "/plan").body().path("coordinator").path("name").asText())
                .isEqualTo("Sanne de Vries");
    }

    @Test
    void thePrivacyOfficerSeesWhoDidWhatWhenButNoContents() {
        Api pieter = api("pieter");
        Response read = pieter.get(base + "/timeline", TOKEN, lastToken);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        JsonNode timeline = read.body();
        List<String> whats = whats(timeline);
        assertThat(whats).contains("Doel vastgelegd", "Opgeschaald", "Veiligheidsbesluit vastgelegd");
        // Consent is what an audit is about: who signed what for whom, in full.
        assertThat(whats).anyMatch(what -> what.startsWith("Toestemming van Petra Jansen om "))
                .anyMatch(what -> what.startsWith("Weigering door Petra Jansen: zorgen over veiligheid"));
        assertThat(timeline.get(0).path("who").path("name").asText()).isEqualTo("Sanne de Vries");
        assertNoSecret("privacy officer's timeline", timeline.toString());
        assertThat(timeline.toString()).doesNotContain("1985-04-02").doesNotContain("2 april 1985");
        assertThat(pieter.get(base + "/plan").status()).isEqualTo(403);
    }

    @Test
    void headObeysTheRulesOfGetAndCommandsMustBeJson() throws Exception {
        Api fatima = api("fatima");
        for (String path : List.of("/api/disclosures?format=csv&organisation=Basisschool%20De%20Regenboog",
                base + "/plan", base + "/timeline", "/api/trajectories")) {
            HttpResponse<String> head = fatima.client().send(fatima.request(path)
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(head.statusCode()).as(path).isEqualTo(403);
        }
        HttpResponse<String> ownHead = sanne.client().send(sanne.request(base + "/plan").header(TOKEN, lastToken)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ownHead.statusCode()).isEqualTo(200);

        Response textPlain = api("admin").send(api("admin").request("/api/projections/rebuild")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(textPlain.status()).isEqualTo(415);
        assertThat(textPlain.text("code")).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(textPlain.header("X-Content-Type-Options")).isEqualTo("nosniff");
        Response noType = sanne.send(sanne.request(base + "/goals")
                .POST(HttpRequest.BodyPublishers.ofString("{\"description\":\"x\"}", StandardCharsets.UTF_8)));
        assertThat(noType.status()).isEqualTo(415);
        Response form = sanne.send(sanne.request(base + "/participants/" + teacher + "/account-unlinking")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("reason=x")));
        assertThat(form.status()).isEqualTo(415);
        assertThat(marloes.get(base + "/plan").status()).isEqualTo(200);
    }

    private static List<String> whats(JsonNode timeline) {
        return StreamSupport.stream(timeline.spliterator(), false).map(entry -> entry.path("what").asText()).toList();
    }
}
