package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** What a caller can learn or do outside their own trajectories, and what every response carries. */
@TestPropertySource(properties = {"oneplan.query.consistency-timeout=PT1S", "oneplan.security.max-request-bytes=4096"})
class SecurityTest extends PostgresIntegrationTest {

    private static final String TOKEN = "OnePlan-Consistency-Token";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private JdbcTemplate jdbc;

    /** A family in Utrecht whose trajectory only Ahmed's organisation is part of. */
    private Response openedByAhmed() {
        Api ahmed = api("ahmed");
        Response opened = ahmed.post("/api/trajectories", """
                {"familyName":"Yilmaz","municipality":"Utrecht","startDate":"2026-01-05","registration":{"route":"SELF"}}""");
        assertThat(opened.status()).isEqualTo(201);
        assertThat(ahmed.get("/api/trajectories/" + opened.text("trajectoryId") + "/plan", TOKEN,
                opened.header(TOKEN)).status()).isEqualTo(200);
        return opened;
    }

    private static List<String> ids(Response list) {
        return StreamSupport.stream(list.body().spliterator(), false).map(n -> n.path("trajectoryId").asText())
                .toList();
    }

    @Test
    void professionalsOfOtherOrganisationsCanNeitherReadNorChangeAFamily() {
        Response opened = openedByAhmed();
        String base = "/api/trajectories/" + opened.text("trajectoryId");

        for (String outsider : List.of("sanne", "marloes")) {
            Api api = api(outsider);
            assertThat(ids(api.get("/api/trajectories"))).doesNotContain(opened.text("trajectoryId"));
            for (String read : List.of(base, base + "/plan", base + "/timeline")) {
                Response response = api.get(read);
                assertThat(response.status()).as(outsider + " GET " + read).isEqualTo(404);
                assertThat(response.text("code")).isEqualTo("TRAJECTORY_NOT_FOUND");
            }
            assertThat(api.put(base + "/family-contact", "{\"address\":\"Hier\"}").status()).isEqualTo(404);
            assertThat(api.post(base + "/members", """
                    {"name":"Indringer","dateOfBirth":"2000-01-01","role":"OTHER_HOUSEHOLD"}""").status())
                    .isEqualTo(404);
            // Not even by linking their own account to someone in the family.
            assertThat(api.put(base + "/participants/" + opened.text("participantId") + "/account",
                    "{\"userId\":\"" + outsider + "\"}").status()).isEqualTo(404);
        }
        assertThat(api("ahmed").get(base + "/plan").body().path("family").path("address").isNull()).isTrue();
    }

    @Test
    void aHiddenTrajectoryLooksExactlyLikeOneThatDoesNotExist() {
        Response opened = openedByAhmed();
        String hidden = opened.text("trajectoryId");
        String unknown = UUID.randomUUID().toString();
        Api sanne = api();

        for (String suffix : List.of("", "/plan", "/timeline")) {
            Response toHidden = sanne.get("/api/trajectories/" + hidden + suffix);
            Response toUnknown = sanne.get("/api/trajectories/" + unknown + suffix);
            assertThat(toHidden.status()).isEqualTo(toUnknown.status()).isEqualTo(404);
            assertThat(toHidden.text("detail").replace(hidden, "ID"))
                    .isEqualTo(toUnknown.text("detail").replace(unknown, "ID"));
        }
        Response commandToHidden = sanne.post("/api/trajectories/" + hidden + "/goals", """
                {"description":"x","lifeDomain":"HOUSING","startDate":"2026-01-05","plannedEndDate":"2026-02-01"}""");
        Response commandToUnknown = sanne.post("/api/trajectories/" + unknown + "/goals", """
                {"description":"x","lifeDomain":"HOUSING","startDate":"2026-01-05","plannedEndDate":"2026-02-01"}""");
        assertThat(commandToHidden.status()).isEqualTo(commandToUnknown.status()).isEqualTo(404);
        assertThat(commandToHidden.text("code")).isEqualTo(commandToUnknown.text("code"))
                .isEqualTo("TRAJECTORY_NOT_FOUND");
        // Waiting for a hidden trajectory's version ends as it does for a trajectory that never comes.
        assertThat(sanne.get("/api/trajectories/" + hidden + "/plan", TOKEN, opened.header(TOKEN)).status())
                .isEqualTo(sanne.get("/api/trajectories/" + unknown + "/plan", TOKEN, unknown + ":4").status())
                .isEqualTo(503);
    }

    @Test
    void theActingUserComesFromTheSignInNeverFromTheRequest() throws Exception {
        Api sanne = api();
        Response opened = sanne.post("/api/trajectories", """
                {"familyName":"Smit","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"},
                 "userId":"ahmed","userName":"Ahmed Yilmaz","metaData":{"userId":"ahmed"}}""");
        String id = opened.text("trajectoryId");
        Response forged = sanne.send(sanne.request("/api/trajectories/" + id + "/members")
                .header("Content-Type", "application/json").header("userId", "ahmed").header("X-User", "ahmed")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name":"Kim Smit","dateOfBirth":"2012-05-05","role":"CHILD","userId":"ahmed",
                         "userRole":"ADMIN","userOrganisation":"Elders"}""")));
        assertThat(forged.status()).isEqualTo(201);

        List<String> metaData = jdbc.queryForList("SELECT metadata FROM domainevententry WHERE aggregateidentifier = ? "
                + "ORDER BY sequencenumber", byte[].class, id).stream()
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8)).toList();
        assertThat(metaData).hasSize(7);
        for (String entry : metaData) {
            JsonNode node = JSON.readTree(entry);
            assertThat(node.path("userId").asText()).as(entry).isEqualTo("sanne");
            assertThat(node.path("userName").asText()).isEqualTo("Sanne de Vries");
            assertThat(node.path("userRole").asText()).isEqualTo("COORDINATOR");
            assertThat(node.path("userOrganisation").asText()).isEqualTo("CJG Gouda");
            assertThat(node.path("correlationId").asText()).isNotBlank();
            assertThat(node.path("traceId").asText()).isNotBlank();
        }
        JsonNode timeline = sanne.get("/api/trajectories/" + id + "/timeline", TOKEN, forged.header(TOKEN)).body();
        assertThat(timeline.get(6).path("who").path("userId").asText()).isEqualTo("sanne");
    }

    @Test
    void theTimelineTellsWhenWhoAndWhatInPlainWords() {
        Api sanne = api();
        Response opened = sanne.post("/api/trajectories", """
                {"familyName":"Jansen","municipality":"Gouda","startDate":"2026-01-05",
                 "registration":{"route":"SCHOOL","agency":"Basisschool De Regenboog"}}""");
        String base = "/api/trajectories/" + opened.text("trajectoryId");
        Response linked = sanne.post(base + "/participants", """
                {"name":"Marloes Kok","kind":"PROFESSIONAL","organisation":"Basisschool De Regenboog",
                 "userId":"marloes"}""");

        JsonNode dutch = sanne.get(base + "/timeline", TOKEN, linked.header(TOKEN)).body();
        assertThat(dutch).hasSize(8);
        assertThat(dutch.get(0).path("what").asText()).isEqualTo("Traject geopend voor gezin Jansen in Gouda, "
                + "start 5 januari 2026; aangemeld door school (Basisschool De Regenboog)");
        assertThat(dutch.get(0).path("who").path("name").asText()).isEqualTo("Sanne de Vries");
        assertThat(dutch.get(0).path("who").path("organisation").asText()).isEqualTo("CJG Gouda");
        assertThat(dutch.get(0).path("at").asText()).isNotBlank();
        assertThat(dutch.get(0).path("event").asText()).isEqualTo("TrajectoryOpened");
        assertThat(dutch.get(7).path("what").asText()).isEqualTo("Gebruiker marloes handelt voortaan als Marloes Kok");

        JsonNode english = sanne.get(base + "/timeline", "Accept-Language", "en").body();
        assertThat(english.get(6).path("what").asText())
                .isEqualTo("Marloes Kok involved as a professional of Basisschool De Regenboog");

        // The teacher now belongs to the trajectory, and sees her own part of its history: nothing yet.
        Response teachersView = api("marloes").get(base + "/timeline");
        assertThat(teachersView.status()).isEqualTo(200);
        assertThat(teachersView.body()).isEmpty();
        // A privacy officer reads the whole history by kind of event, and the list, but not the plan itself.
        Api privacyOfficer = api("pieter");
        JsonNode audited = privacyOfficer.get(base + "/timeline").body();
        assertThat(audited).hasSize(8);
        assertThat(audited.get(0).path("what").asText()).isEqualTo("Traject geopend");
        assertThat(audited.get(0).path("who").path("name").asText()).isEqualTo("Sanne de Vries");
        assertThat(ids(privacyOfficer.get("/api/trajectories"))).contains(opened.text("trajectoryId"));
        assertThat(privacyOfficer.get(base + "/plan").status()).isEqualTo(403);
    }

    @Test
    void withoutValidCredentialsTheAnswerIs401Problem() {
        Response anonymous = api().anonymous().get("/api/trajectories");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.text("code")).isEqualTo("UNAUTHENTICATED");
        assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Basic realm=\"OnePlan\"");

        Response wrongPassword = api().withAuthorization("Basic " + java.util.Base64.getEncoder()
                .encodeToString("sanne:guess".getBytes(StandardCharsets.UTF_8))).get("/api/trajectories");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.text("code")).isEqualTo("UNAUTHENTICATED");
        assertThat(wrongPassword.raw().body()).doesNotContain("Exception");
    }

    @Test
    void responsesCarrySecurityHeaders() {
        for (Response response : List.of(api().get("/api/trajectories"), api().anonymous().get("/api/trajectories"))) {
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'")
                    .contains("frame-ancestors 'none'");
            assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(response.header("Cache-Control")).contains("no-store");
        }
    }

    @Test
    void bodiesOverTheLimitAreRefusedWith413() {
        String big = "{\"familyName\":\"" + "x".repeat(5000) + "\"}";
        Response declared = api().post("/api/trajectories", big);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.text("code")).isEqualTo("PAYLOAD_TOO_LARGE");

        Api api = api();
        Response chunked = api.send(api.request("/api/trajectories").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))));
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(chunked.text("code")).isEqualTo("PAYLOAD_TOO_LARGE");
    }
}
