package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Ending a trajectory over HTTP: never silently, with the family, and reopenable. */
class ClosureHttpTest extends PostgresIntegrationTest {

    private static final String TOKEN = "OnePlan-Consistency-Token";

    private Api api;
    private String base;
    private String mother;
    private String coordinator;

    @BeforeEach
    void aFamilyWithAGoal() {
        api = api();
        Response opened = api.post("/api/trajectories", """
                {"familyName":"Jansen","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""");
        base = "/api/trajectories/" + opened.text("trajectoryId");
        coordinator = opened.text("participantId");
        mother = api.post(base + "/members", """
                {"name":"Petra Jansen","dateOfBirth":"1985-04-02","role":"PARENT","custody":true}""").text("memberId");
        api.put(base + "/coordinator", "{\"participantId\":\"" + coordinator + "\"}");
        assertThat(api.post(base + "/goals", """
                {"description":"Rust in huis","lifeDomain":"HOUSING","startDate":"2026-01-05",
                 "plannedEndDate":"2026-06-30"}""").status()).isEqualTo(201);
    }

    private Response ok(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    private JsonNode plan(Response after) {
        return api.get(base + "/plan", TOKEN, after.header(TOKEN)).body();
    }

    @Test
    void aTrajectoryClosesAfterTheFinalEvaluationAndInformingAndCanBeReopened() {
        ok(api.post(base + "/closure-proposal", """
                {"reason":"GOALS_REACHED","proposedOn":"2026-02-01","note":"Het gaat goed"}"""));
        Response notYet = api.post(base + "/closure", "{\"closedOn\":\"2026-02-02\"}");
        assertThat(notYet.status()).isEqualTo(409);
        assertThat(notYet.text("code")).isEqualTo("CLOSURE_NEEDS_FINAL_EVALUATION");

        ok(api.post(base + "/final-evaluation", """
                {"heldOn":"2026-02-05","wentWell":"Korte lijnen","couldBeBetter":"Eerder het netwerk erbij",
                 "goalResults":[{"goalNumber":1,"result":"Rust in huis bereikt"}],"familyJudgesEnough":true,
                 "futurePerspective":"Zelf verder met steun van oma","memberIds":["%s"],"participantIds":["%s"]}"""
                .formatted(mother, coordinator)));
        ok(api.post(base + "/closure-information", """
                {"informed":[{"party":"huisarts","informedBy":"%s","informedOn":"2026-02-06"},
                             {"party":"school","informedBy":"%s","informedOn":"2026-02-06"}]}"""
                .formatted(coordinator, mother)));
        Response closed = ok(api.post(base + "/closure", "{\"closedOn\":\"2026-02-07\"}"));

        JsonNode plan = plan(closed);
        assertThat(plan.path("status").asText()).isEqualTo("CLOSED");
        assertThat(plan.path("agreements").get(0).path("completedOn").asText()).isEqualTo("2026-02-05");
        assertThat(plan.path("agreements").get(1).path("completedOn").asText()).isEqualTo("2026-02-06");
        assertThat(plan.path("finalEvaluation").path("familyJudgesEnough").asBoolean()).isTrue();
        assertThat(plan.path("finalEvaluation").path("goalResults").get(0).path("goal").asText())
                .isEqualTo("Rust in huis");
        assertThat(plan.path("closure").path("informed").get(1).path("informedBy").asText())
                .isEqualTo("Petra Jansen");
        assertThat(api.get(base).text("status")).isEqualTo("CLOSED");

        Response change = api.post(base + "/goals", """
                {"description":"Nog iets","lifeDomain":"OTHER","startDate":"2026-02-07","plannedEndDate":"2026-03-01"}""");
        assertThat(change.status()).isEqualTo(409);
        assertThat(change.text("code")).isEqualTo("TRAJECTORY_CLOSED");

        Response reopened = ok(api.post(base + "/reopening", """
                {"reopenedOn":"2026-02-20","reason":"Huurachterstand is terug"}"""));
        JsonNode again = plan(reopened);
        assertThat(again.path("status").asText()).isEqualTo("OPEN");
        assertThat(again.path("agreements")).hasSize(4);
        assertThat(again.path("agreements").get(2).path("standard").asText()).isEqualTo("FINAL_EVALUATION");
        assertThat(again.path("agreements").get(2).path("completedOn").isNull()).isTrue();
        assertThat(again.path("closure").path("reopenings").get(0).path("reason").asText())
                .isEqualTo("Huurachterstand is terug");
        JsonNode timeline = api.get(base + "/timeline", TOKEN, reopened.header(TOKEN)).body();
        assertThat(timeline.toString()).contains("Eindevaluatie met het gezin gehouden op 5 februari 2026")
                .contains("Traject afgesloten op 7 februari 2026 (doelen bereikt)")
                .contains("Traject heropend: Huurachterstand is terug");
    }

    @Test
    void aForcedReasonClosesWithoutFinalEvaluationAndSaysSo() {
        ok(api.post(base + "/closure-proposal", "{\"reason\":\"COURT_ORDERED_SUPERVISION\",\"proposedOn\":\"2026-02-01\"}"));
        Response unexplained = api.post(base + "/closure", "{\"closedOn\":\"2026-02-02\"}");
        assertThat(unexplained.status()).isEqualTo(400);
        assertThat(unexplained.text("code")).isEqualTo("EXPLANATION_REQUIRED");

        Response closed = ok(api.post(base + "/closure", """
                {"closedOn":"2026-02-02","explanation":"De kinderrechter sprak een OTS uit"}"""));

        JsonNode plan = plan(closed);
        assertThat(plan.path("status").asText()).isEqualTo("CLOSED_WITHOUT_FINAL_EVALUATION");
        assertThat(plan.path("closure").path("withoutFinalEvaluation").asBoolean()).isTrue();
        assertThat(plan.path("closure").path("explanation").asText()).isEqualTo("De kinderrechter sprak een OTS uit");
        assertThat(plan.path("agreements").get(0).path("completedOn").isNull()).isTrue();
    }
}
