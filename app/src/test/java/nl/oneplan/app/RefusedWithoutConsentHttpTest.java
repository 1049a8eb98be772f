package nl.oneplan.app;

import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without the family's consent a copy of the plan and the round table's minutes go nowhere: each
 * refusal has its own code, names what was not covered, and is recorded in the ledger.
 */
class RefusedWithoutConsentHttpTest extends PostgresIntegrationTest {

    private static Response ok(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        return response;
    }

    @Test
    void aCopyAndMinutesWithoutConsentAreRefusedByName() {
        Api sanne = api("sanne");
        Response opened = ok(sanne.post("/api/trajectories", """
                {"familyName":"Zonder","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}"""));
        String base = "/api/trajectories/" + opened.text("trajectoryId");
        String sanneId = opened.text("participantId");
        ok(sanne.put(base + "/coordinator", "{\"participantId\":\"" + sanneId + "\"}"));
        String mother = ok(sanne.post(base + "/members", """
                {"name":"Anna Zonder","dateOfBirth":"1984-02-02","role":"PARENT","custody":true}""")).text("memberId");
        String teacher = ok(sanne.post(base + "/participants", """
                {"name":"Marloes Kok","kind":"PROFESSIONAL","organisation":"Basisschool De Regenboog"}"""))
                .text("participantId");
        ok(sanne.post(base + "/goals", """
                {"description":"Rust in huis","lifeDomain":"HOUSING","memberIds":["%s"],"startDate":"2026-01-05",
                 "plannedEndDate":"2026-06-30"}""".formatted(mother)));

        Response copy = sanne.post(base + "/copies", "{\"recipientId\":\"" + teacher + "\"}",
                "Idempotency-Key", "kopie-zonder-1");
        assertThat(copy.status()).as(copy.toString()).isEqualTo(403);
        assertThat(copy.text("code")).isEqualTo("COPY_NOT_COVERED");
        assertThat(copy.body().path("uncovered")).isNotEmpty();

        ok(sanne.post(base + "/round-tables", """
                {"startsAt":"2026-02-10T14:00:00","place":"CJG Gouda","parts":[
                  {"topic":"Thuis","memberIds":["%s"],"participantIds":["%s","%s"]}]}""".formatted(mother, sanneId, teacher)));
        ok(sanne.post(base + "/round-tables/1/held", """
                {"heldOn":"2026-02-10","attendance":[{"memberIds":["%s"],"participantIds":["%s","%s"]}]}"""
                .formatted(mother, sanneId, teacher)));
        ok(sanne.put(base + "/round-tables/1/minutes", "{\"text\":\"Verslag\"}"));
        ok(sanne.post(base + "/round-tables/1/minutes/sent-to-family", "{\"sentOn\":\"2026-02-11\"}"));
        ok(sanne.post(base + "/round-tables/1/minutes/approval", "{\"approvedOn\":\"2026-02-12\"}"));
        Response minutes = sanne.post(base + "/round-tables/1/minutes/distribution", """
                {"distributedOn":"2026-02-13","recipientIds":["%s"]}""".formatted(teacher));
        assertThat(minutes.status()).as(minutes.toString()).isEqualTo(403);
        assertThat(minutes.text("code")).isEqualTo("MINUTES_NOT_COVERED");
        assertThat(minutes.body().path("uncovered").get(0).path("memberId").asText()).isEqualTo(mother);

        Response ledger = api("pieter").get(base + "/disclosures", "OnePlan-Consistency-Token",
                minutes.header("OnePlan-Consistency-Token"));
        assertThat(ledger.body().findValuesAsText("outcome")).containsOnly("REFUSED").hasSize(2);
    }
}
