package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One family's whole 1Gezin1Plan trajectory over HTTP: self-registration, two round tables, an
 * escalation and its resolution, a coordinator handover, the final evaluation, closure and
 * reopening, as the coordinators who did it.
 */
class OneFamilyScenarioTest extends PostgresIntegrationTest {

    private static final String TOKEN = "OnePlan-Consistency-Token";

    private static Response ok(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response;
    }

    private static List<String> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.path("trajectoryId").asText())
                .toList();
    }

    @Test
    void fromSelfRegistrationThroughRoundTablesEscalationAndHandoverToClosureAndReopening() {
        Api sanne = api("sanne");
        Api marloes = api("marloes");

        // The family registers itself at the CJG; Sanne opens the trajectory with them.
        Response opened = ok(sanne.post("/api/trajectories", """
                {"familyName":"El Idrissi","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}"""));
        String base = "/api/trajectories/" + opened.text("trajectoryId");
        String sanneId = opened.text("participantId");
        String mother = ok(sanne.post(base + "/members", """
                {"name":"Samira El Idrissi","dateOfBirth":"1984-02-02","role":"PARENT","custody":true}""")).text("memberId");
        String yusuf = ok(sanne.post(base + "/members", """
                {"name":"Yusuf El Idrissi","dateOfBirth":"2013-05-05","role":"CHILD"}""")).text("memberId");
        String teacher = ok(sanne.post(base + "/participants", """
                {"name":"Marloes Kok","kind":"PROFESSIONAL","organisation":"Basisschool De Regenboog",
                 "function":"intern begeleider","userId":"marloes"}""")).text("participantId");
        String aunt = ok(sanne.post(base + "/participants", """
                {"name":"Fatma","kind":"NETWORK","networkCategory":"RELATIVES","relation":"tante"}""")).text("participantId");
        ok(sanne.put(base + "/coordinator", "{\"participantId\":\"" + sanneId + "\"}"));
        ok(sanne.post(base + "/goals", """
                {"description":"Yusuf gaat weer graag naar school","lifeDomain":"EDUCATION_AND_UPBRINGING",
                 "memberIds":["%s"],"startDate":"2026-01-05","plannedEndDate":"2026-06-30","formulatedBy":"FAMILY"}"""
                .formatted(yusuf)));
        ok(sanne.post(base + "/goals", """
                {"description":"Overzicht over de schulden","lifeDomain":"WORK_INCOME_DEBTS","memberIds":["%s"],
                 "startDate":"2026-01-05","plannedEndDate":"2026-12-31","formulatedBy":"TOGETHER"}""".formatted(mother)));
        ok(sanne.post(base + "/direction-levels", """
                {"memberId":"%s","level":"CO_DECIDER","recordedOn":"2026-01-05"}""".formatted(mother)));

        // First round table: the school joins only the part about Yusuf.
        ok(sanne.post(base + "/round-tables", """
                {"startsAt":"2026-02-10T14:00:00","place":"CJG Gouda","parts":[
                  {"topic":"Thuis en geld","memberIds":["%s"],"participantIds":["%s","%s"]},
                  {"topic":"School van Yusuf","memberIds":["%s","%s"],"participantIds":["%s","%s"]}]}"""
                .formatted(mother, sanneId, aunt, mother, yusuf, sanneId, teacher)));
        ok(sanne.post(base + "/round-tables/1/held", """
                {"heldOn":"2026-02-10","attendance":[{"memberIds":["%s"],"participantIds":["%s","%s"]},
                                                     {"memberIds":["%s","%s"],"participantIds":["%s","%s"]}],
                 "goalReviews":[{"goalNumber":1,"outcome":"ON_TRACK"},{"goalNumber":2,"outcome":"ADJUST",
                                 "note":"Eerst alle post openen"}],
                 "agreements":[{"goalNumber":2,"who":"%s","what":"Samen de post openen op dinsdag",
                                "startDate":"2026-02-11","plannedEndDate":"2026-03-31"}]}"""
                .formatted(mother, sanneId, aunt, mother, yusuf, sanneId, teacher, aunt)));
        ok(sanne.put(base + "/round-tables/1/minutes", "{\"text\":\"Verslag rondetafel 1\"}"));
        ok(sanne.post(base + "/round-tables/1/minutes/sent-to-family", "{\"sentOn\":\"2026-02-11\"}"));
        ok(sanne.post(base + "/round-tables/1/minutes/approval", """
                {"approvedOn":"2026-02-12","changedText":"Verslag rondetafel 1, met de aanvulling van Samira"}"""));
        // The family consents to the minutes going to the school and to the aunt.
        for (String recipient : List.of(teacher, aunt)) {
            ok(sanne.post(base + "/consents", """
                    {"aboutMemberIds":["%s","%s"],"givenByMemberIds":["%s","%s"],"recipient":{"participantId":"%s"},
                     "categories":[{"type":"ROUND_TABLE_MINUTES"}],"purposes":[{"code":"CARE_COORDINATION"}],
                     "form":"WRITTEN","documentReference":"Toestemmingsformulier 2026-02-12",
                     "validFrom":"2026-02-12T09:00:00Z"}""".formatted(mother, yusuf, mother, yusuf, recipient)));
        }
        ok(sanne.post(base + "/round-tables/1/minutes/distribution", """
                {"distributedOn":"2026-02-13","recipientIds":["%s","%s"]}""".formatted(teacher, aunt)));

        // The plan stalls; Sanne escalates to her team lead, and it is resolved.
        ok(sanne.post(base + "/escalations", """
                {"to":"TEAM_LEAD","reasonCode":"CARE_NOT_AVAILABLE","reason":"Schuldhulp komt niet op gang","escalatedOn":"2026-02-20"}"""));
        ok(sanne.post(base + "/escalations/1/deescalation", """
                {"resolution":"Schuldhulpverlening start op 1 maart","deescalatedOn":"2026-03-01"}"""));

        // Sanne hands coordination over to Marloes, with whom the family clicks; the family knows.
        Response handedOver = ok(sanne.post(base + "/coordinator-handover", """
                {"participantId":"%s","reason":"Het gezin heeft meer klik met school","handoverDate":"2026-03-05",
                 "familyInformed":true}""".formatted(teacher)));
        // Sanne stays involved, no longer coordinating: the family is on her caseload with only what is hers.
        JsonNode sannesCaseload = sanne.get("/api/caseload", TOKEN, handedOver.header(TOKEN)).body();
        assertThat(sannesCaseload).hasSize(1);
        assertThat(sannesCaseload.get(0).path("coordinating").asBoolean()).isFalse();
        assertThat(sannesCaseload.get(0).path("openEscalations").asInt()).isZero();

        // Second round table, now chaired by Marloes: the school goal is reached.
        ok(marloes.post(base + "/round-tables", """
                {"startsAt":"2026-04-15T15:30:00","place":"Basisschool De Regenboog","parts":[
                  {"topic":"Terugblik","memberIds":["%s","%s"],"participantIds":["%s","%s"]}]}"""
                .formatted(mother, yusuf, teacher, sanneId)));
        ok(marloes.post(base + "/round-tables/2/held", """
                {"heldOn":"2026-04-15","attendance":[{"memberIds":["%s","%s"],"participantIds":["%s"]}],
                 "goalReviews":[{"goalNumber":1,"outcome":"ACHIEVED"},{"goalNumber":2,"outcome":"ON_TRACK"}]}"""
                .formatted(mother, yusuf, teacher)));

        // Closing with the family: evaluation, who is informed, closure.
        ok(marloes.post(base + "/closure-proposal", """
                {"reason":"SELF_RELIANT","proposedOn":"2026-04-20","note":"Een 7 is genoeg"}"""));
        Response tooEarly = marloes.post(base + "/closure", "{\"closedOn\":\"2026-04-21\"}");
        assertThat(tooEarly.text("code")).isEqualTo("CLOSURE_NEEDS_FINAL_EVALUATION");
        ok(marloes.post(base + "/final-evaluation", """
                {"heldOn":"2026-04-25","wentWell":"Eén plan, één aanspreekpunt","couldBeBetter":"Eerder de tante erbij",
                 "goalResults":[{"goalNumber":1,"result":"Yusuf gaat elke dag"},{"goalNumber":2,"result":"Overzicht er"}],
                 "familyJudgesEnough":true,"futurePerspective":"Samira houdt zelf contact met school en schuldhulp",
                 "memberIds":["%s","%s"],"participantIds":["%s","%s"]}""".formatted(mother, yusuf, teacher, aunt)));
        ok(marloes.post(base + "/closure-information", """
                {"informed":[{"party":"huisarts","informedBy":"%s","informedOn":"2026-04-26"},
                             {"party":"schuldhulpverlening","informedBy":"%s","informedOn":"2026-04-26"}]}"""
                .formatted(mother, teacher)));
        Response closed = ok(marloes.post(base + "/closure", "{\"closedOn\":\"2026-04-30\"}"));
        JsonNode atClosure = marloes.get(base + "/plan", TOKEN, closed.header(TOKEN)).body();
        assertThat(atClosure.path("status").asText()).isEqualTo("CLOSED");
        assertThat(atClosure.path("finalEvaluation").path("tookPart")).hasSize(4);

        // The debts come back: Marloes reopens.
        Response reopened = ok(marloes.post(base + "/reopening", """
                {"reopenedOn":"2026-06-01","reason":"Nieuwe schulden, het gezin vraagt om hulp"}"""));

        JsonNode plan = marloes.get(base + "/plan", TOKEN, reopened.header(TOKEN)).body();
        assertThat(plan.path("status").asText()).isEqualTo("OPEN");
        assertThat(plan.path("coordinator").path("name").asText()).isEqualTo("Marloes Kok");
        assertThat(plan.path("coordinatorChanges").get(0).path("familyInformed").asBoolean()).isTrue();
        assertThat(plan.path("roundTables")).hasSize(2);
        assertThat(plan.path("roundTables").get(0).path("minutes").path("stage").asText()).isEqualTo("DISTRIBUTED");
        assertThat(plan.path("roundTables").get(0).path("minutes").path("changedByFamily").asBoolean()).isTrue();
        assertThat(plan.path("roundTables").get(0).path("parts").get(1).path("attended").toString())
                .contains("Marloes Kok").contains("Yusuf El Idrissi");
        assertThat(plan.path("roundTableDue").path("lastHeldOn").asText()).isEqualTo("2026-04-15");
        assertThat(plan.path("goals").get(0).path("achievedOn").asText()).isEqualTo("2026-04-15");
        assertThat(plan.path("escalationState").asText()).isEqualTo("RESOLVED");
        assertThat(plan.path("closure").path("reopenings")).hasSize(1);
        assertThat(plan.path("finalEvaluation").isNull()).isTrue();
        // Agreements: 2 standard, 1 from the first round table, 2 standard again after reopening.
        assertThat(plan.path("agreements")).hasSize(5);
        assertThat(plan.path("agreements").get(0).path("completedOn").asText()).isEqualTo("2026-04-25");
        assertThat(plan.path("agreements").get(3).path("standard").asText()).isEqualTo("FINAL_EVALUATION");

        List<String> history = StreamSupport.stream(marloes.get(base + "/timeline", TOKEN, reopened.header(TOKEN))
                .body().spliterator(), false).map(entry -> entry.path("what").asText()).toList();
        assertThat(history).containsSubsequence(
                "Traject geopend voor gezin El Idrissi in Gouda, start 5 januari 2026; aangemeld door het gezin zelf",
                "Rondetafeloverleg 1 gehouden op 10 februari 2026",
                "Opgeschaald (1) naar teamleider: Schuldhulp komt niet op gang",
                "Afgeschaald (1): Schuldhulpverlening start op 1 maart",
                "Zorgcoördinatie overgedragen van Sanne de Vries aan Marloes Kok (Het gezin heeft meer klik met "
                        + "school); gezin geïnformeerd",
                "Rondetafeloverleg 2 gehouden op 15 april 2026",
                "Eindevaluatie met het gezin gehouden op 25 april 2026; het gezin vindt het voor nu genoeg",
                "Traject afgesloten op 30 april 2026 (gezin zelfredzaam genoeg)",
                "Traject heropend: Nieuwe schulden, het gezin vraagt om hulp");
        assertThat(ids(marloes.get("/api/caseload", TOKEN, reopened.header(TOKEN)).body()))
                .contains(opened.text("trajectoryId"));
    }
}
