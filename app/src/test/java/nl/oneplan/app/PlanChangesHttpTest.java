package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan that lives: goals revised and dropped, agreements moved and cancelled, people leaving, a handover. */
class PlanChangesHttpTest extends PostgresIntegrationTest {

    private static final String TOKEN = "OnePlan-Consistency-Token";

    private static Response ok(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response;
    }

    @Test
    void thePlanFollowsTheFamilysChangesAndTheTimelineSaysWho() {
        Api sanne = api();
        Response opened = sanne.post("/api/trajectories", """
                {"familyName":"Bakker","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""");
        String base = "/api/trajectories/" + opened.text("trajectoryId");
        String sanneParticipant = opened.text("participantId");
        String daan = ok(sanne.post(base + "/members", """
                {"name":"Daan Bakker","dateOfBirth":"2014-09-30","role":"CHILD"}""")).text("memberId");
        String teacher = ok(sanne.post(base + "/participants", """
                {"name":"Marloes Kok","kind":"PROFESSIONAL","organisation":"Basisschool De Regenboog","userId":"marloes"}"""))
                .text("participantId");
        String neighbour = ok(sanne.post(base + "/participants", """
                {"name":"Buurvrouw Ans","kind":"NETWORK","networkCategory":"NEIGHBOURS"}""")).text("participantId");
        ok(sanne.put(base + "/coordinator", "{\"participantId\":\"" + sanneParticipant + "\"}"));
        ok(sanne.post(base + "/goals", """
                {"description":"Naar school","lifeDomain":"EDUCATION_AND_UPBRINGING","memberIds":["%s"],
                 "startDate":"2026-01-05","plannedEndDate":"2026-06-30","formulatedBy":"FAMILY"}""".formatted(daan)));
        ok(sanne.post(base + "/goals", """
                {"description":"Huiswerkplek","lifeDomain":"EDUCATION_AND_UPBRINGING","startDate":"2026-01-05",
                 "plannedEndDate":"2026-03-31","formulatedBy":"PROFESSIONAL_ACCEPTED_BY_FAMILY"}"""));
        ok(sanne.post(base + "/agreements", """
                {"goalNumber":1,"who":"%s","what":"Brengen op woensdag","startDate":"2026-01-05",
                 "plannedEndDate":"2026-02-01"}""".formatted(neighbour)));
        ok(sanne.post(base + "/agreements", """
                {"goalNumber":1,"who":"%s","what":"Gesprek over verzuim","startDate":"2026-01-05",
                 "plannedEndDate":"2026-02-01"}""".formatted(teacher)));

        ok(sanne.post(base + "/goals/1/revision", """
                {"description":"Vier dagen per week naar school","plannedEndDate":"2026-09-30","memberIds":["%s"]}"""
                .formatted(daan)));
        ok(sanne.post(base + "/goals/2/drop", "{\"reason\":\"REPLACED\",\"replacedByGoal\":1,\"droppedOn\":\"2026-02-01\"}"));
        ok(sanne.post(base + "/agreements/4/rescheduling", """
                {"plannedEndDate":"2026-03-15","reason":"School had studiedagen"}"""));
        ok(sanne.post(base + "/agreements/3/cancellation", "{\"reason\":\"Ans is verhuisd\"}"));
        ok(sanne.post(base + "/participants/" + neighbour + "/withdrawal", """
                {"withdrawnOn":"2026-02-02","reason":"Verhuisd"}"""));
        Response late = sanne.post(base + "/agreements", """
                {"who":"%s","what":"Nog een keer brengen","startDate":"2026-02-03","plannedEndDate":"2026-02-10"}"""
                .formatted(neighbour));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("code")).isEqualTo("PARTICIPANT_WITHDRAWN");
        Response handedOver = ok(sanne.post(base + "/coordinator-handover", """
                {"participantId":"%s","reason":"Sanne gaat met verlof","handoverDate":"2026-02-10","familyInformed":true}"""
                .formatted(teacher)));

        // Marloes coordinates now and reads the whole plan; Sanne, still involved, reads her copy.
        Api marloes = api("marloes");
        assertThat(sanne.get(base + "/plan", TOKEN, handedOver.header(TOKEN)).body().path("copyFor").asText())
                .isEqualTo(sanneParticipant);
        JsonNode plan = marloes.get(base + "/plan", TOKEN, handedOver.header(TOKEN)).body();
        assertThat(plan.path("goals").get(0).path("description").asText()).isEqualTo("Vier dagen per week naar school");
        assertThat(plan.path("goals").get(0).path("formulatedBy").asText()).isEqualTo("FAMILY");
        assertThat(plan.path("goals").get(1).path("dropped").path("replacedByGoal").asInt()).isEqualTo(1);
        assertThat(plan.path("agreements").get(2).path("cancellationReason").asText()).isEqualTo("Ans is verhuisd");
        assertThat(plan.path("agreements").get(2).path("overdue").asBoolean()).isFalse();
        assertThat(plan.path("agreements").get(3).path("plannedEndDate").asText()).isEqualTo("2026-03-15");
        // Its planned end lies before today and it is not done.
        assertThat(plan.path("agreements").get(3).path("overdue").asBoolean()).isTrue();
        assertThat(plan.path("involved").get(2).path("withdrawnOn").asText()).isEqualTo("2026-02-02");
        assertThat(plan.path("coordinator").path("name").asText()).isEqualTo("Marloes Kok");
        assertThat(plan.path("coordinatorChanges").get(0).path("from").asText()).isEqualTo("Sanne de Vries");
        assertThat(plan.path("coordinatorChanges").get(0).path("familyInformed").asBoolean()).isTrue();

        // Coordination is Marloes's now: Sanne can no longer hand it back herself.
        Response back = sanne.post(base + "/coordinator-handover", """
                {"participantId":"%s","reason":"Terug","handoverDate":"2026-02-11","familyInformed":true}"""
                .formatted(sanneParticipant));
        assertThat(back.status()).isEqualTo(403);
        assertThat(back.text("code")).isEqualTo("NOT_THE_COORDINATOR");

        JsonNode timeline = marloes.get(base + "/timeline", TOKEN, handedOver.header(TOKEN)).body();
        assertThat(timeline.toString())
                .contains("Doel 2 vervallen: vervangen door doel 1")
                .contains("Afspraak 4 verzet naar 15 maart 2026: School had studiedagen")
                .contains("Buurvrouw Ans is per 2 februari 2026 niet meer betrokken")
                .contains("Zorgcoördinatie overgedragen van Sanne de Vries aan Marloes Kok (Sanne gaat met verlof); "
                        + "gezin geïnformeerd");
    }

    @Test
    void directionIndicationsEscalationAndASafetyDecisionShowInThePlan() {
        Api sanne = api();
        Response opened = sanne.post("/api/trajectories", """
                {"familyName":"Visser","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"GP",
                 "agency":"Huisartsenpraktijk Centrum"}}""");
        String base = "/api/trajectories/" + opened.text("trajectoryId");
        String mother = ok(sanne.post(base + "/members", """
                {"name":"Anja Visser","dateOfBirth":"1988-03-03","role":"PARENT","custody":true}""")).text("memberId");
        ok(sanne.post(base + "/direction-levels", """
                {"memberId":"%s","level":"CO_DECIDER","recordedOn":"2026-01-10"}""".formatted(mother)));
        ok(sanne.post(base + "/direction-levels", """
                {"memberId":"%s","lifeDomain":"HOUSING","level":"DRIVING_FORCE","recordedOn":"2026-01-10",
                 "note":"Regelt de verhuizing zelf"}""".formatted(mother)));
        String indication = ok(sanne.post(base + "/indications", """
                {"careProvider":"Jeugdhulp Gouda","kindOfCare":"Ambulante gezinsbegeleiding","validFrom":"2026-01-05",
                 "validUntil":"2027-01-04"}""")).text("indicationId");
        ok(sanne.post(base + "/indications/" + indication + "/extension", "{\"validUntil\":\"2027-06-30\"}"));
        Response escalated = ok(sanne.post(base + "/escalations", """
                {"to":"VEILIG_THUIS","reasonCode":"SAFETY_CONCERN","reason":"Zorgen over de veiligheid van de kinderen","escalatedOn":"2026-02-01"}"""));
        assertThat(escalated.status()).isEqualTo(201);
        assertThat(escalated.text("escalationNumber")).isEqualTo("1");
        Response decided = ok(sanne.post(base + "/safety-decisions", """
                {"decidedOn":"2026-02-03","decision":"De kinderen logeren twee weken bij oma",
                 "decidedBy":"teamleider Veilig Thuis","optionsPutToFamily":["Als het thuis rustig is, komen ze eerder terug"],
                 "familyResponse":"Moeder gaat akkoord onder protest","memberIds":["%s"],
                 "directionLevelAfter":"ADVISER"}""".formatted(mother)));
        Response resolved = ok(sanne.post(base + "/escalations/1/deescalation", """
                {"resolution":"Veiligheidsplan afgesproken","deescalatedOn":"2026-02-20"}"""));

        JsonNode plan = sanne.get(base + "/plan", TOKEN, resolved.header(TOKEN)).body();
        JsonNode levels = plan.path("directionLevels");
        assertThat(levels).hasSize(2);
        assertThat(levels.get(0).path("lifeDomain").asText()).isEqualTo("HOUSING");
        assertThat(levels.get(1).path("level").asText()).isEqualTo("ADVISER");
        assertThat(levels.get(1).path("dueToSafetyDecision").asBoolean()).isTrue();
        // The event carries the decision's number; no display text is stored in the note.
        assertThat(levels.get(1).path("safetyDecisionNumber").asInt()).isEqualTo(1);
        assertThat(levels.get(1).path("note").isNull()).isTrue();
        assertThat(levels.get(0).path("note").asText()).isEqualTo("Regelt de verhuizing zelf");
        assertThat(plan.path("indications").get(0).path("validUntil").asText()).isEqualTo("2027-06-30");
        assertThat(plan.path("indications").get(0).path("endingSoon").asBoolean()).isFalse();
        assertThat(plan.path("escalations").get(0).path("safety").asBoolean()).isTrue();
        assertThat(plan.path("escalations").get(0).path("resolution").asText()).isEqualTo("Veiligheidsplan afgesproken");
        assertThat(plan.path("safetyDecisions").get(0).path("optionsPutToFamily").get(0).asText())
                .isEqualTo("Als het thuis rustig is, komen ze eerder terug");
        assertThat(plan.path("safetyDecisions").get(0).path("members").get(0).asText()).isEqualTo("Anja Visser");

        JsonNode timeline = sanne.get(base + "/timeline", TOKEN, decided.header(TOKEN)).body();
        assertThat(timeline.toString())
                .contains("Opgeschaald (1) naar Veilig Thuis: Zorgen over de veiligheid van de kinderen")
                .contains("Veiligheidsbesluit 1 door teamleider Veilig Thuis: De kinderen logeren twee weken bij oma")
                .contains("Regie van Anja Visser: adviseur (door veiligheidsbesluit 1)");
    }
}
