package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Consent to the school for education goals only, sharing under it, a refused attempt, a
 * withdrawal, and what the privacy officer sees of it all.
 */
class ConsentHttpTest extends PostgresIntegrationTest {

    private static Response ok(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response;
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.path(field).asText()).toList();
    }

    @Test
    void theSchoolSeesWhatTheFamilyConsentedToAndThePrivacyOfficerCanProveIt() {
        Api sanne = api("sanne");
        Response opened = sanne.post("/api/trajectories", """
                {"familyName":"Jansen","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""");
        String id = opened.text("trajectoryId");
        String base = "/api/trajectories/" + id;
        String mother = ok(sanne.post(base + "/members", """
                {"name":"Petra Jansen","dateOfBirth":"1985-04-02","role":"PARENT","custody":true}""")).text("memberId");
        String daan = ok(sanne.post(base + "/members", """
                {"name":"Daan Jansen","dateOfBirth":"2016-09-30","role":"CHILD"}""")).text("memberId");
        String teacher = ok(sanne.post(base + "/participants", """
                {"name":"Marloes Kok","kind":"PROFESSIONAL","organisation":"Basisschool De Regenboog","userId":"marloes"}"""))
                .text("participantId");

        ok(sanne.post(base + "/goals", """
                {"description":"Daan gaat elke dag naar school","lifeDomain":"EDUCATION_AND_UPBRINGING",
                 "memberIds":["%s"],"startDate":"2026-01-05","plannedEndDate":"2026-06-30"}""".formatted(daan)));
        ok(sanne.post(base + "/goals", """
                {"description":"Een rustiger huis","lifeDomain":"HOUSING","memberIds":["%s"],
                 "startDate":"2026-01-05","plannedEndDate":"2026-06-30"}""".formatted(daan)));
        Response consent = ok(sanne.post(base + "/consents", """
                {"aboutMemberIds":["%s"],"givenByMemberIds":["%s"],
                 "recipient":{"organisation":"Basisschool De Regenboog"},
                 "categories":[{"type":"GOALS","lifeDomain":"EDUCATION_AND_UPBRINGING"}],
                 "purposes":[{"code":"CARE_COORDINATION"}],"form":"VERBAL"}""".formatted(daan, mother)));
        assertThat(consent.status()).isEqualTo(201);
        String consentId = consent.text("consentId");
        Response notSigned = sanne.post(base + "/consents", """
                {"aboutMemberIds":["%s"],"givenByMemberIds":["%s"],"recipient":{"organisation":"GGD"},
                 "categories":[{"type":"INDICATIONS"}],"purposes":[{"code":"CARE_COORDINATION"}],"form":"VERBAL"}""".formatted(daan, daan));
        assertThat(notSigned.status()).isEqualTo(409);
        assertThat(notSigned.text("code")).isEqualTo("CONSENT_SIGNATURE_MISSING");

        String share = """
                {"recipient":{"participantId":"%s"},"aboutMemberIds":["%s"],"categories":[{"type":"%s"%s}],
                 "purpose":{"code":"CARE_COORDINATION"},"channel":"EMAIL"}""";
        Response shared = ok(sanne.post(base + "/disclosures", share.formatted(teacher, daan, "GOALS",
                ",\"lifeDomain\":\"EDUCATION_AND_UPBRINGING\"")));
        assertThat(shared.status()).isEqualTo(201);

        Response safety = sanne.post(base + "/disclosures", share.formatted(teacher, daan, "SAFETY_CONCERNS", ""));
        assertThat(safety.status()).isEqualTo(403);
        assertThat(safety.contentType()).startsWith("application/problem+json");
        assertThat(safety.text("code")).isEqualTo("DISCLOSURE_NOT_COVERED");
        assertThat(safety.body().path("uncovered").get(0).path("memberId").asText()).isEqualTo(daan);
        assertThat(safety.body().path("uncovered").get(0).path("category").path("type").asText())
                .isEqualTo("SAFETY_CONCERNS");

        // The school's copy: the education goal, everything else visibly withheld.
        JsonNode copy = sanne.get(base + "/plan?recipient=" + teacher, "OnePlan-Consistency-Token",
                safety.header("OnePlan-Consistency-Token")).body();
        assertThat(copy.path("goals").get(0).path("description").asText()).isEqualTo("Daan gaat elke dag naar school");
        assertThat(copy.path("goals").get(1).path("withheld").asBoolean()).isTrue();
        assertThat(copy.path("goals").get(1).has("description")).isFalse();
        assertThat(copy.path("family").path("members").get(1).path("withheld").asBoolean()).isTrue();
        assertThat(copy.path("safetyDecisions").path("withheld").asBoolean()).isTrue();
        assertThat(copy.path("includedCategories").toString()).contains("EDUCATION_AND_UPBRINGING")
                .doesNotContain("HOUSING");
        assertThat(copy.path("disclosedParts").toString()).isEqualTo("[{\"memberId\":\"" + daan
                + "\",\"category\":{\"type\":\"GOALS\",\"lifeDomain\":\"EDUCATION_AND_UPBRINGING\"}}]");
        // Issuing the copy is decided on the server and recorded as one disclosure of exactly what it holds;
        // the same request again (a double click, a retry) is the same copy.
        String issueCopy = "{\"recipientId\":\"" + teacher + "\"}";
        Response issued = sanne.post(base + "/copies", issueCopy, "Idempotency-Key", "kopie-school-1");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(issued.body().path("parts").toString()).isEqualTo(copy.path("disclosedParts").toString());
        Response twice = sanne.post(base + "/copies", issueCopy, "Idempotency-Key", "kopie-school-1");
        assertThat(twice.status()).as(twice.toString()).isEqualTo(200);
        assertThat(twice.text("copyId")).isEqualTo(issued.text("copyId"));
        assertThat(twice.body().path("repeated").asBoolean()).isTrue();
        Response withoutKey = sanne.post(base + "/copies", issueCopy);
        assertThat(withoutKey.status()).isEqualTo(400);
        assertThat(withoutKey.text("code")).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");

        Instant beforeWithdrawal = Instant.now();
        ok(sanne.post(base + "/consents/" + consentId + "/withdrawal", "{}"));
        Response again = sanne.post(base + "/disclosures", share.formatted(teacher, daan, "GOALS",
                ",\"lifeDomain\":\"EDUCATION_AND_UPBRINGING\""));
        assertThat(again.status()).isEqualTo(403);

        JsonNode timeline = sanne.get(base + "/timeline", "OnePlan-Consistency-Token",
                again.header("OnePlan-Consistency-Token")).body();
        String today = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"))
                .format(LocalDate.now(ZoneId.of("Europe/Amsterdam")));
        assertThat(texts(timeline, "what")).contains(
                "Toestemming van Petra Jansen om doelen (opvoeding en onderwijs) over Daan Jansen te delen met "
                        + "Basisschool De Regenboog voor Zorgcoördinatie en uitvoering van het gezinsplan, geldig vanaf "
                        + today + " (mondeling)",
                "Gedeeld met Marloes Kok: doelen (opvoeding en onderwijs); doel: Zorgcoördinatie en uitvoering van het "
                        + "gezinsplan",
                "Delen met Marloes Kok geweigerd, niet gedekt door toestemming: zorgen over veiligheid; doel: "
                        + "Zorgcoördinatie en uitvoering van het gezinsplan",
                "Toestemming ingetrokken per " + today);
        JsonNode copyAfter = sanne.get(base + "/plan?recipient=" + teacher).body();
        assertThat(copyAfter.path("goals").get(0).path("withheld").asBoolean()).isTrue();

        Api pieter = api("pieter");
        JsonNode ledger = pieter.get(base + "/disclosures").body();
        assertThat(texts(ledger, "outcome")).containsExactly("SHARED_UNDER_CONSENT", "REFUSED",
                "SHARED_UNDER_CONSENT", "REFUSED");
        assertThat(ledger.get(2).path("channel").asText()).isEqualTo("PLAN_COPY");
        assertThat(ledger.get(2).path("parts").toString()).isEqualTo(copy.path("disclosedParts").toString());
        assertThat(ledger.get(2).path("purpose").path("code").asText()).isEqualTo("CARE_COORDINATION");
        assertThat(ledger.get(0).path("source").path("userId").asText()).isEqualTo("sanne");
        assertThat(ledger.get(0).path("consents").get(0).path("consentId").asText()).isEqualTo(consentId);
        assertThat(ledger.get(0).path("consents").get(0).path("version").asInt()).isEqualTo(1);

        JsonNode before = pieter.get(base + "/consents?asOf=" + beforeWithdrawal).body();
        assertThat(before.path("entries")).hasSize(1);
        assertThat(before.path("entries").get(0).path("effect").asText()).isEqualTo("PERMIT");
        assertThat(pieter.get(base + "/consents").body().path("entries")).isEmpty();

        JsonNode verification = pieter.get(base + "/verification").body();
        assertThat(verification.path("disclosures").asInt()).isEqualTo(2);
        assertThat(verification.path("covered").asInt()).isEqualTo(2);
        assertThat(verification.path("uncovered").asInt()).isZero();

        JsonNode accessLog = pieter.get(base + "/access-log").body();
        assertThat(texts(accessLog, "view")).containsExactly("PLAN_COPY_READ", "TIMELINE", "PLAN_COPY_READ",
                "DISCLOSURES",
                "CONSENTS", "CONSENTS", "VERIFICATION", "ACCESS_LOG");
        assertThat(texts(accessLog, "userId")).containsExactly("sanne", "sanne", "sanne", "pieter", "pieter",
                "pieter", "pieter", "pieter");
        assertThat(api("sanne").get(base + "/access-log").status()).isEqualTo(403);

        // Across trajectories: everything that went to the school, found by its organisation.
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode lines = pieter.get("/api/disclosures?organisation=basisschool%20de%20regenboog").body();
            List<String> here = StreamSupport.stream(lines.spliterator(), false)
                    .filter(line -> line.path("trajectoryId").asText().equals(id))
                    .map(line -> line.path("entry").path("outcome").asText()).toList();
            assertThat(here).containsExactly("SHARED_UNDER_CONSENT", "REFUSED", "SHARED_UNDER_CONSENT", "REFUSED");
        });
        assertThat(pieter.get("/api/disclosures?organisation=GGD").body().toString()).doesNotContain(id);
        assertThat(sanne.get("/api/disclosures").status()).isEqualTo(403);

        assertThat(pieter.get(base + "/disclosures?recipient=" + teacher).body()).hasSize(4);
        assertThat(pieter.get(base + "/disclosures?recipient=GGD").body()).isEmpty();

        Response csv = pieter.get(base + "/disclosures?format=csv", "Accept", "text/csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment");
        List<String> rows = csv.raw().body().lines().toList();
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0)).startsWith("entryId,trajectoryId,action,outcome,sharedAt");
        assertThat(rows.get(2)).contains(",REFUSED,").contains("SAFETY_CONCERNS").contains("NO_CONSENT");
        assertThat(pieter.get(base + "/access-log?format=csv", "Accept", "text/csv").raw().body().lines().toList()
                .get(0))
                .isEqualTo("entryId,readAt,userId,userName,userRole,userOrganisation,trajectoryId,view,basis");
    }
}
