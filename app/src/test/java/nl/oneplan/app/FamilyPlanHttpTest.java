package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The first slice over HTTP against PostgreSQL: a coordinator fills in a family plan and reads it back. */
@TestPropertySource(properties = "oneplan.query.consistency-timeout=PT1S")
class FamilyPlanHttpTest extends PostgresIntegrationTest {

    private static final String TOKEN = "OnePlan-Consistency-Token";

    @Autowired
    private JdbcTemplate jdbc;
    private Api api;

    @BeforeEach
    void setUp() {
        api = api();
    }

    private String open(String familyName) {
        return open(familyName, true);
    }

    /** Opened by Sanne, who coordinates it unless a member of the family is to. */
    private String open(String familyName, boolean openerCoordinates) {
        Response opened = api.post("/api/trajectories", """
                {"familyName":"%s","municipality":"Gouda","startDate":"2026-01-05",
                 "registration":{"route":"SCHOOL","agency":"Basisschool De Regenboog"},"openerCoordinates":%s}"""
                .formatted(familyName, openerCoordinates));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.text("trajectoryId");
    }

    private Response ok(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header(TOKEN)).isEqualTo(response.text("consistencyToken"));
        return response;
    }

    private long eventCount() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    private static void assertProblem(Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("code")).as(response.toString()).isEqualTo(code);
        assertThat(response.body().path("status").asInt()).isEqualTo(status);
        assertThat(response.raw().body()).doesNotContain("Exception", "at nl.", "at org.");
    }

    @Test
    void aCoordinatorFillsInTheWholePlanAndThePlanViewShowsItInTheFormat() {
        Response opened = api.post("/api/trajectories", """
                {"familyName":"Jansen","municipality":"Gouda","startDate":"2026-01-05",
                 "registration":{"route":"SCHOOL","agency":"Basisschool De Regenboog"}}""");
        assertThat(opened.status()).isEqualTo(201);
        String id = opened.text("trajectoryId");
        assertThat(opened.header("Location")).isEqualTo("/api/trajectories/" + id);
        // Opened with the standard agreements, the opener involved, linked and made coordinator.
        assertThat(opened.text("version")).isEqualTo("5");
        String sanne = opened.text("participantId");
        String base = "/api/trajectories/" + id;

        String mother = ok(api.post(base + "/members", """
                {"name":"Petra Jansen","dateOfBirth":"1985-04-02","role":"PARENT","custody":true}"""), 201)
                .text("memberId");
        String daan = ok(api.post(base + "/members", """
                {"name":"Daan Jansen","dateOfBirth":"2014-09-03","role":"CHILD","custody":false}"""), 201)
                .text("memberId");
        ok(api.put(base + "/members/" + daan, """
                {"name":"Daan Jansen","dateOfBirth":"2014-09-30","role":"CHILD","custody":false}"""), 200);
        ok(api.put(base + "/family-contact", """
                {"address":"Kerkstraat 1","placeOfResidence":"Gouda","phone":"0182 555 123",
                 "email":"fam.jansen@example.nl","importantInformation":"Moeder werkt 's ochtends; bel na 13.00"}"""),
                200);
        String marloes = ok(api.post(base + "/participants", """
                {"name":"Marloes Kok","kind":"PROFESSIONAL","organisation":"Basisschool De Regenboog",
                 "function":"leerkracht","relation":"juf van Daan","email":"m.kok@deregenboog.nl",
                 "phone":"0182 123 456","reachableDays":["THURSDAY","MONDAY"],"userId":"marloes"}"""), 201)
                .text("participantId");
        String els = ok(api.post(base + "/participants", """
                {"name":"Els Bakker","kind":"NETWORK","networkCategory":"RELATIVES","relation":"tante",
                 "phone":"06 12345678"}"""), 201).text("participantId");
        ok(api.put(base + "/coordinator", "{\"participantId\":\"" + sanne + "\"}"), 200);
        ok(api.put(base + "/coordination-arrangement", """
                {"kind":"COORDINATION_MEETING","description":"Elke zes weken overleg op het CJG"}"""), 200);
        Response goal = ok(api.post(base + "/goals", """
                {"description":"Daan gaat weer elke dag naar school","lifeDomain":"EDUCATION_AND_UPBRINGING",
                 "memberIds":["%s"],"startDate":"2026-01-05","plannedEndDate":"2026-06-30"}""".formatted(daan)), 201);
        assertThat(goal.text("goalNumber")).isEqualTo("1");
        ok(api.post(base + "/goals", """
                {"description":"Een rustig huis zonder schulden","lifeDomain":"WORK_INCOME_DEBTS",
                 "memberIds":["%s"],"startDate":"2026-01-12","plannedEndDate":"2026-12-31"}""".formatted(mother)),
                201);
        ok(api.post(base + "/goals/1/achievement", "{\"achievedOn\":\"2026-02-20\"}"), 200);
        Response agreement = ok(api.post(base + "/agreements", """
                {"goalNumber":1,"who":"%s","what":"Gesprek met school over verzuim",
                 "startDate":"2026-01-06","plannedEndDate":"2026-03-31"}""".formatted(marloes)), 201);
        assertThat(agreement.text("agreementNumber")).isEqualTo("3");
        ok(api.post(base + "/agreements", """
                {"goalNumber":1,"who":"%s","what":"Daan op woensdag naar school brengen",
                 "startDate":"2026-01-07","plannedEndDate":"2026-04-30"}""".formatted(els)), 201);
        Response last = ok(api.post(base + "/agreements/3/completion", "{\"completedOn\":\"2026-02-01\"}"), 200);

        Response planResponse = api.get(base + "/plan", TOKEN, last.header(TOKEN));
        assertThat(planResponse.status()).as(planResponse.toString()).isEqualTo(200);
        JsonNode plan = planResponse.body();

        assertThat(plan.path("title").asText()).isEqualTo("Gezinsplan — 1Gezin1Plan");
        assertThat(plan.path("startDate").asText()).isEqualTo("2026-01-05");
        assertThat(plan.path("version").asLong()).isEqualTo(last.body().path("version").asLong());
        assertThat(plan.path("registration").path("route").asText()).isEqualTo("SCHOOL");
        assertThat(plan.path("registration").path("agency").asText()).isEqualTo("Basisschool De Regenboog");

        JsonNode family = plan.path("family");
        assertThat(names(family.path("members"))).containsExactly("Petra Jansen", "Daan Jansen");
        assertThat(family.path("members").get(1).path("dateOfBirth").asText()).isEqualTo("2014-09-30");
        assertThat(family.path("address").asText()).isEqualTo("Kerkstraat 1");
        assertThat(family.path("placeOfResidence").asText()).isEqualTo("Gouda");
        assertThat(family.path("phone").asText()).isEqualTo("0182 555 123");
        assertThat(family.path("email").asText()).isEqualTo("fam.jansen@example.nl");
        assertThat(family.path("importantInformation").asText()).isEqualTo("Moeder werkt 's ochtends; bel na 13.00");

        JsonNode involved = plan.path("involved");
        assertThat(names(involved)).containsExactly("Sanne de Vries", "Marloes Kok", "Els Bakker");
        JsonNode opener = involved.get(0);
        assertThat(opener.path("organisation").asText()).isEqualTo("CJG Gouda");
        assertThat(opener.path("userId").asText()).isEqualTo("sanne");
        assertThat(opener.path("coordinator").asBoolean()).isTrue();
        JsonNode teacher = involved.get(1);
        assertThat(teacher.path("organisation").asText()).isEqualTo("Basisschool De Regenboog");
        assertThat(teacher.path("relation").asText()).isEqualTo("juf van Daan");
        assertThat(teacher.path("email").asText()).isEqualTo("m.kok@deregenboog.nl");
        assertThat(teacher.path("phone").asText()).isEqualTo("0182 123 456");
        assertThat(texts(teacher.path("reachableDays"))).containsExactly("MONDAY", "THURSDAY");
        assertThat(teacher.path("userId").asText()).isEqualTo("marloes");
        assertThat(teacher.path("coordinator").asBoolean()).isFalse();
        assertThat(involved.get(2).path("networkCategory").asText()).isEqualTo("RELATIVES");
        assertThat(involved.get(2).path("coordinator").asBoolean()).isFalse();

        assertThat(plan.path("coordinator").path("name").asText()).isEqualTo("Sanne de Vries");
        assertThat(plan.path("coordinator").path("kind").asText()).isEqualTo("PARTICIPANT");
        assertThat(plan.path("coordinationArrangement").path("kind").asText()).isEqualTo("COORDINATION_MEETING");
        assertThat(plan.path("coordinationArrangement").path("description").asText())
                .isEqualTo("Elke zes weken overleg op het CJG");

        JsonNode goals = plan.path("goals");
        assertThat(goals).hasSize(2);
        JsonNode goal1 = goals.get(0);
        assertThat(goal1.path("number").asInt()).isEqualTo(1);
        assertThat(goal1.path("description").asText()).isEqualTo("Daan gaat weer elke dag naar school");
        assertThat(goal1.path("lifeDomain").asText()).isEqualTo("EDUCATION_AND_UPBRINGING");
        assertThat(goal1.path("startDate").asText()).isEqualTo("2026-01-05");
        assertThat(goal1.path("plannedEndDate").asText()).isEqualTo("2026-06-30");
        assertThat(goal1.path("achievedOn").asText()).isEqualTo("2026-02-20");
        assertThat(texts(goal1.path("members"))).containsExactly("Daan Jansen");
        assertThat(goals.get(1).path("achievedOn").isNull()).isTrue();

        JsonNode agreements = plan.path("agreements");
        assertThat(agreements).hasSize(4);
        assertThat(agreements.get(0).path("standard").asText()).isEqualTo("FINAL_EVALUATION");
        assertThat(agreements.get(0).path("who").path("kind").asText()).isEqualTo("COORDINATOR_WITH_FAMILY");
        assertThat(agreements.get(0).path("who").path("name").asText()).isEqualTo("Sanne de Vries");
        assertThat(agreements.get(1).path("standard").asText()).isEqualTo("AGREE_WHO_IS_INFORMED");
        JsonNode third = agreements.get(2);
        assertThat(third.path("number").asInt()).isEqualTo(3);
        assertThat(third.path("goalNumber").asInt()).isEqualTo(1);
        assertThat(third.path("who").path("name").asText()).isEqualTo("Marloes Kok");
        assertThat(third.path("recordedBy").path("name").asText()).isEqualTo("Sanne de Vries");
        assertThat(third.path("what").asText()).isEqualTo("Gesprek met school over verzuim");
        assertThat(third.path("startDate").asText()).isEqualTo("2026-01-06");
        assertThat(third.path("plannedEndDate").asText()).isEqualTo("2026-03-31");
        assertThat(third.path("completedOn").asText()).isEqualTo("2026-02-01");
        assertThat(agreements.get(3).path("who").path("name").asText()).isEqualTo("Els Bakker");
        assertThat(agreements.get(3).path("completedOn").isNull()).isTrue();
        assertThat(plan.has("finalEvaluation")).isTrue();
        assertThat(plan.path("lastChange").path("by").path("userId").asText()).isEqualTo("sanne");
        assertThat(plan.path("lastChange").path("by").path("organisation").asText()).isEqualTo("CJG Gouda");
        assertThat(plan.path("lastChange").path("at").asText()).isNotBlank();

        Response summary = api.get("/api/trajectories/" + id);
        assertThat(summary.text("familyName")).isEqualTo("Jansen");
        assertThat(summary.text("coordinator")).isEqualTo("Sanne de Vries");
        assertThat(summary.text("openedOn")).isEqualTo("2026-01-05");
        assertThat(summary.text("status")).isEqualTo("OPEN");
    }

    @Test
    void theListShowsEveryTrajectoryWithItsCoordinator() {
        String id = open("De Boer", false);
        String base = "/api/trajectories/" + id;
        String mother = ok(api.post(base + "/members", """
                {"name":"Anna de Boer","dateOfBirth":"1990-01-01","role":"PARENT","custody":true}"""), 201)
                .text("memberId");
        Response assigned = ok(api.put(base + "/coordinator", "{\"memberId\":\"" + mother + "\"}"), 200);

        Response list = api.get("/api/trajectories?consistencyToken=" + assigned.header(TOKEN));
        assertThat(list.status()).isEqualTo(200);
        JsonNode line = StreamSupport.stream(list.body().spliterator(), false)
                .filter(node -> node.path("trajectoryId").asText().equals(id)).findFirst().orElseThrow();
        assertThat(line.path("familyName").asText()).isEqualTo("De Boer");
        assertThat(line.path("municipality").asText()).isEqualTo("Gouda");
        assertThat(line.path("coordinator").asText()).isEqualTo("Anna de Boer");
        assertThat(line.path("openedOn").asText()).isEqualTo("2026-01-05");
        assertThat(line.path("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void withoutATokenThePlanViewCatchesUpOnItsOwn() {
        String id = open("Visser");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.get("/api/trajectories/" + id + "/plan").text("familyName")).isEqualTo("Visser"));
    }

    @Test
    void rejectedRequestsGetAProblemWithACodeAndStoreNothing() {
        String id = open("Smit");
        String base = "/api/trajectories/" + id;
        String coach = ok(api.post(base + "/participants", """
                {"name":"Jeroen Smit","kind":"PROFESSIONAL","organisation":"Jeugdhulp Gouda"}"""), 201)
                .text("participantId");
        long before = eventCount();

        assertProblem(api.post(base + "/goals", "{\"description\":"), 400, "MALFORMED_REQUEST");
        Response badEnum = api.post(base + "/goals", """
                {"description":"x","lifeDomain":"EDUCATION","startDate":"2026-01-05","plannedEndDate":"2026-02-01"}""");
        assertProblem(badEnum, 400, "MALFORMED_REQUEST");
        assertThat(badEnum.text("field")).isEqualTo("lifeDomain");
        Response badDate = api.post(base + "/goals/1/achievement", "{\"achievedOn\":\"2026-13-01\"}");
        assertProblem(badDate, 400, "MALFORMED_REQUEST");
        assertThat(badDate.text("field")).isEqualTo("achievedOn");
        assertProblem(api.post("/api/trajectories/not-a-uuid/goals", "{}"), 400, "INVALID_PARAMETER");
        Response endBeforeStart = api.post(base + "/goals", """
                {"description":"x","lifeDomain":"HOUSING","startDate":"2026-03-01","plannedEndDate":"2026-02-01"}""");
        assertProblem(endBeforeStart, 400, "PLANNED_END_BEFORE_START");
        assertThat(endBeforeStart.text("field")).isEqualTo("plannedEndDate");
        assertProblem(api.post(base + "/members", """
                {"name":"","dateOfBirth":"2014-09-30","role":"CHILD"}"""), 400, "FIELD_REQUIRED");
        assertProblem(api.post(base + "/members", """
                {"name":"%s","dateOfBirth":"2014-09-30","role":"CHILD"}""".formatted("n".repeat(201))), 400,
                "TEXT_TOO_LONG");
        assertProblem(api.put(base + "/coordinator", "{}"), 400, "FIELD_REQUIRED");
        assertProblem(api.put(base + "/coordinator", "{\"participantId\":\"%s\",\"memberId\":\"%s\"}"
                .formatted(coach, coach)), 400, "AMBIGUOUS_REFERENCE");
        assertProblem(api.post("/api/trajectories/00000000-0000-4000-8000-000000000000/goals", """
                {"description":"x","lifeDomain":"HOUSING","startDate":"2026-01-05","plannedEndDate":"2026-02-01"}"""),
                404, "TRAJECTORY_NOT_FOUND");
        assertProblem(api.post(base + "/goals/9/achievement", "{\"achievedOn\":\"2026-02-01\"}"), 404,
                "GOAL_NOT_FOUND");
        assertProblem(api.put(base + "/members/00000000-0000-4000-8000-000000000000", """
                {"name":"X","dateOfBirth":"2014-09-30","role":"CHILD"}"""), 404, "MEMBER_NOT_FOUND");
        assertProblem(api.post(base + "/agreements", """
                {"goalNumber":7,"who":"%s","what":"x","startDate":"2026-01-05","plannedEndDate":"2026-02-01"}"""
                .formatted(coach)), 409, "UNKNOWN_GOAL");
        assertProblem(api.post(base + "/agreements", """
                {"who":"00000000-0000-4000-8000-000000000000","what":"x","startDate":"2026-01-05",
                 "plannedEndDate":"2026-02-01"}"""), 409, "UNKNOWN_PARTICIPANT_OR_MEMBER");
        ok(api.post(base + "/agreements/1/completion", "{\"completedOn\":\"2026-02-01\"}"), 200);
        long afterOneAccepted = before + 1;
        assertProblem(api.post(base + "/agreements/1/completion", "{\"completedOn\":\"2026-02-02\"}"), 409,
                "AGREEMENT_ALREADY_COMPLETED");
        assertProblem(api.get("/api/trajectories/00000000-0000-4000-8000-000000000000/plan"), 404,
                "TRAJECTORY_NOT_FOUND");
        assertProblem(api.send(api.request("/api/trajectories").DELETE()), 405, "METHOD_NOT_ALLOWED");
        assertProblem(api.send(api.request("/api/trajectories").header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x"))), 415, "UNSUPPORTED_MEDIA_TYPE");

        assertThat(eventCount()).isEqualTo(afterOneAccepted);
    }

    @Test
    void aTokenTheViewNeverReachesTimesOutWith503AndAMalformedOneIs400() {
        String id = open("Mulder");
        Response tooFar = api.get("/api/trajectories/" + id + "/plan", TOKEN, id + ":99");
        assertProblem(tooFar, 503, "PROJECTION_NOT_CAUGHT_UP");
        assertThat(tooFar.header("Retry-After")).isEqualTo("1");
        assertProblem(api.get("/api/trajectories/" + id + "/plan", TOKEN, "yesterday"), 400,
                "INVALID_CONSISTENCY_TOKEN");
    }

    @Test
    void replayingTheReadModelsFromTheStartGivesTheSamePlansAndTimelines() {
        String id = open("Bos", false);
        String base = "/api/trajectories/" + id;
        String mother = ok(api.post(base + "/members", """
                {"name":"Ineke Bos","dateOfBirth":"1980-05-05","role":"PARENT","custody":true}"""), 201)
                .text("memberId");
        ok(api.put(base + "/coordinator", "{\"memberId\":\"" + mother + "\"}"), 200);
        Response last = ok(api.post(base + "/goals", """
                {"description":"Werk vinden","lifeDomain":"WORK_INCOME_DEBTS","memberIds":["%s"],
                 "startDate":"2026-01-05","plannedEndDate":"2026-09-30"}""".formatted(mother)), 201);
        String plan = api.get(base + "/plan", TOKEN, last.header(TOKEN)).raw().body();
        String timeline = api.get(base + "/timeline", TOKEN, last.header(TOKEN)).raw().body();

        // Both are rebuilt from the first event beside the versions they serve, which keep answering.
        Api admin = api.as("admin");
        assertThat(admin.post("/api/projections/plan-view/rebuild", "").status()).isEqualTo(202);
        assertThat(admin.post("/api/projections/timeline/rebuild", "").status()).isEqualTo(202);
        assertThat(api.get(base + "/plan").raw().body()).isEqualTo(plan);
        assertThat(api.get(base + "/timeline").raw().body()).isEqualTo(timeline);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                admin.get("/api/projections/timeline/rebuild").text("state").equals("COMPLETED")
                        && admin.get("/api/projections/plan-view/rebuild").text("state").equals("COMPLETED"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM plan_view_b WHERE trajectory_id = ?::uuid",
                Long.class, id)).isOne();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(api.get(base + "/plan").raw().body()).isEqualTo(plan);
            assertThat(api.get(base + "/timeline").raw().body()).isEqualTo(timeline);
        });
    }

    @Test
    void servesTheOpenApiDocumentAndSwaggerUi() {
        Response docs = api.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().path("paths").has("/api/trajectories/{trajectoryId}/plan")).isTrue();
        assertThat(docs.body().path("paths").has("/api/trajectories/{trajectoryId}/goals")).isTrue();
        JsonNode planParameters = docs.body().path("paths").path("/api/trajectories/{trajectoryId}/plan")
                .path("get").path("parameters");
        assertThat(StreamSupport.stream(planParameters.spliterator(), false).map(p -> p.path("name").asText()))
                .contains(TOKEN, "consistencyToken");
        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    private static List<String> names(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.path("name").asText()).toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
