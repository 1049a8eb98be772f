package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reopened plan keeps its earlier end in view: when and why it closed and the evaluation held
 * with the family; a professional's copy shows that evaluation only with the family's consent.
 */
class ReopenedPlanHttpTest extends PostgresIntegrationTest {

    private static final String TOKEN = "OnePlan-Consistency-Token";

    private static Response ok(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        return response;
    }

    @Test
    void theEarlierClosureAndEvaluationStayInTheCoordinatorsPlanAndOutOfAnUnconsentedCopy() {
        Api sanne = api("sanne");
        String base = "/api/trajectories/" + ok(sanne.post("/api/trajectories", """
                {"familyName":"Terug","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}"""))
                .text("trajectoryId");
        String mother = ok(sanne.post(base + "/members", """
                {"name":"Ria Terug","dateOfBirth":"1980-03-03","role":"PARENT","custody":true}""")).text("memberId");
        String teacher = ok(sanne.post(base + "/participants", """
                {"name":"Marloes Kok","kind":"PROFESSIONAL","organisation":"Basisschool De Regenboog","userId":"marloes"}"""))
                .text("participantId");
        ok(sanne.post(base + "/goals", """
                {"description":"Rust in huis","lifeDomain":"HOUSING","memberIds":["%s"],"startDate":"2026-01-05",
                 "plannedEndDate":"2026-06-30"}""".formatted(mother)));
        ok(sanne.post(base + "/consents", """
                {"aboutMemberIds":["%s"],"givenByMemberIds":["%s"],"recipient":{"participantId":"%s"},
                 "categories":[{"type":"GOALS","lifeDomain":"HOUSING"}],"purposes":[{"code":"CARE_COORDINATION"}],
                 "form":"VERBAL"}""".formatted(mother, mother, teacher)));
        ok(sanne.post(base + "/closure-proposal", "{\"reason\":\"GOALS_REACHED\",\"proposedOn\":\"2026-05-01\"}"));
        ok(sanne.post(base + "/final-evaluation", """
                {"heldOn":"2026-05-08","wentWell":"Korte lijnen","couldBeBetter":"Eerder beginnen",
                 "familyJudgesEnough":true,"memberIds":["%s"]}""".formatted(mother)));
        ok(sanne.post(base + "/closure-information", "{\"note\":\"Het gezin wil niemand informeren\"}"));
        ok(sanne.post(base + "/closure", "{\"closedOn\":\"2026-05-10\"}"));
        Response reopened = ok(sanne.post(base + "/reopening", """
                {"reopenedOn":"2026-06-01","reason":"Weer zorgen"}"""));

        JsonNode plan = sanne.get(base + "/plan", TOKEN, reopened.header(TOKEN)).body();
        assertThat(plan.path("status").asText()).isEqualTo("OPEN");
        assertThat(plan.path("finalEvaluation").isNull()).isTrue();
        JsonNode earlier = plan.path("closure").path("reopenings").get(0);
        assertThat(earlier.path("reopenedOn").asText()).isEqualTo("2026-06-01");
        assertThat(earlier.path("closedOn").asText()).isEqualTo("2026-05-10");
        assertThat(earlier.path("closureReason").asText()).isEqualTo("GOALS_REACHED");
        assertThat(earlier.path("evaluation").path("wentWell").asText()).isEqualTo("Korte lijnen");

        // The school may see the housing goal, not the evaluation: the earlier one stays out of its copy too.
        JsonNode copy = api("marloes").get(base + "/plan").body();
        assertThat(copy.path("goals").get(0).path("description").asText()).isEqualTo("Rust in huis");
        JsonNode schoolSees = copy.path("closure").path("reopenings").get(0);
        assertThat(schoolSees.path("closedOn").asText()).isEqualTo("2026-05-10");
        assertThat(schoolSees.has("evaluation")).isFalse();
        assertThat(copy.toString()).doesNotContain("Korte lijnen");
    }
}
