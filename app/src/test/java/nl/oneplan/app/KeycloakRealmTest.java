package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PostgresIntegrationTest;
import nl.oneplan.app.support.RealKeycloak;
import nl.oneplan.app.support.RealKeycloak.TokenResponse;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * OnePlan signed in through a real Keycloak (the server distribution, see {@link RealKeycloak})
 * with the project's own realm, {@code deploy/keycloak/oneplan-realm.json}, and OnePlan's default
 * claim names: what OnePlan reports about each example user is what the realm says about them,
 * and a user keeps their id across a fresh import of the realm.
 */
class KeycloakRealmTest extends PostgresIntegrationTest {

    @RegisterExtension
    static final RealKeycloak KEYCLOAK = RealKeycloak.oneplanRealm();

    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void realKeycloak(DynamicPropertyRegistry registry) {
        registry.add("oneplan.security.oidc.issuer-uri", KEYCLOAK::issuerUri);
    }

    /** An example user as the realm file describes them. */
    record RealmUser(String id, String username, String password, String name, String organisation,
                     List<String> roles) {
    }

    @BeforeEach
    void keycloakRuns() {
        // A test that stopped it and failed before starting it again leaves it stopped.
        if (!KEYCLOAK.running()) {
            KEYCLOAK.start();
        }
    }

    @Test
    void everyExampleUserOfTheRealmIsWhoTheRealmSaysTheyAre() {
        List<RealmUser> users = realmUsers();
        assertThat(users).extracting(RealmUser::username)
                .containsExactly("sanne", "ahmed", "marloes", "pieter", "fatima", "admin");
        assertThat(users).extracting(RealmUser::id).doesNotContainNull().doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(UUID.fromString(id)).hasToString(id));

        SoftAssertions softly = new SoftAssertions();
        for (RealmUser user : users) {
            TokenResponse tokens = KEYCLOAK.tokens(user.username(), user.password());
            JsonNode claims = tokens.accessClaims();
            softly.assertThat(claims.path("iss").asText()).as(user.username() + " iss").isEqualTo(KEYCLOAK.issuerUri());
            softly.assertThat(claims.path("sub").asText()).as(user.username() + " sub").isEqualTo(user.id());

            Response me = bearer(tokens.accessToken()).get("/api/me");
            softly.assertThat(me.status()).as(user.username() + " /api/me: " + me).isEqualTo(200);
            softly.assertThat(me.text("userId")).as(user.username() + " userId").isEqualTo(user.id());
            softly.assertThat(me.text("name")).as(user.username() + " name").isEqualTo(user.name());
            softly.assertThat(me.text("organisation")).as(user.username() + " organisation")
                    .isEqualTo(user.organisation());
            softly.assertThat(texts(me.body().path("roles"))).as(user.username() + " roles")
                    .containsExactlyInAnyOrderElementsOf(user.roles());
        }
        softly.assertAll();

        // What the realm says, spelled out for one user, so a mapper that went missing cannot pass unnoticed.
        RealmUser sanne = user("sanne");
        assertThat(sanne).isEqualTo(new RealmUser("8b8370e8-06b2-45cc-8319-9320bc2968ba", "sanne", "demo-sanne",
                "Sanne de Vries", "CJG Gouda", List.of("COORDINATOR")));
    }

    @Test
    void aUserKeepsTheirIdWhenKeycloakComesBackWithAFreshImportOfTheRealm() {
        RealmUser sanne = user("sanne");
        TokenResponse before = KEYCLOAK.tokens(sanne.username(), sanne.password());
        assertThat(before.accessClaims().path("sub").asText()).isEqualTo(sanne.id());
        assertThat(bearer(before.accessToken()).get("/api/me").text("userId")).isEqualTo(sanne.id());
        Path homeBefore = KEYCLOAK.home();

        KEYCLOAK.stop();
        assertThat(KEYCLOAK.running()).isFalse();
        KEYCLOAK.startFresh();

        // Really fresh: another data directory, other signing keys, and the earlier session is unknown.
        assertThat(KEYCLOAK.home()).isNotEqualTo(homeBefore);
        TokenResponse earlierSession = KEYCLOAK.refresh(before.refreshToken());
        assertThat(earlierSession.status()).as(earlierSession.toString()).isEqualTo(400);
        assertThat(earlierSession.error()).isEqualTo("invalid_grant");
        TokenResponse after = KEYCLOAK.tokens(sanne.username(), sanne.password());
        assertThat(RealKeycloak.header(after.accessToken()).path("kid").asText())
                .isNotEqualTo(RealKeycloak.header(before.accessToken()).path("kid").asText());

        assertThat(after.accessClaims().path("iss").asText()).isEqualTo(KEYCLOAK.issuerUri());
        assertThat(after.accessClaims().path("sub").asText())
                .isEqualTo(before.accessClaims().path("sub").asText())
                .isEqualTo("8b8370e8-06b2-45cc-8319-9320bc2968ba");
        // OnePlan, still running, takes the token signed with the new key and sees the same person.
        Response me = bearer(after.accessToken()).get("/api/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.text("userId")).isEqualTo("8b8370e8-06b2-45cc-8319-9320bc2968ba");
        assertThat(me.text("name")).isEqualTo("Sanne de Vries");
        assertThat(me.text("organisation")).isEqualTo("CJG Gouda");
        assertThat(texts(me.body().path("roles"))).containsExactly("COORDINATOR");
    }

    @Test
    void aColleagueIsLookedUpAndLinkedByTheIdKeycloakGivesHer() {
        RealmUser marloes = user("marloes");
        Api sanne = bearer(KEYCLOAK.token("sanne", "demo-sanne"));
        Api teacher = bearer(KEYCLOAK.token("marloes", "demo-marloes"));
        String trajectory = sanne.post("/api/trajectories", """
                {"familyName":"Smit","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""")
                .text("trajectoryId");
        String school = sanne.post("/api/trajectories/" + trajectory + "/participants", """
                {"name":"Marloes Kok","kind":"PROFESSIONAL","organisation":"Basisschool De Regenboog"}""")
                .text("participantId");
        String account = "/api/trajectories/" + trajectory + "/participants/" + school + "/account";

        // Her user name is not her id at the provider: refused, and why.
        Response byName = sanne.put(account, "{\"userId\":\"marloes\"}");
        assertThat(byName.status()).as(byName.toString()).isEqualTo(400);
        assertThat(byName.text("code")).isEqualTo("ACCOUNT_UNKNOWN");

        assertThat(teacher.get("/api/me").status()).isEqualTo(200);
        JsonNode found = sanne.get("/api/accounts?search=marloes@example").body();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).path("userId").asText()).isEqualTo(marloes.id());
        assertThat(found.get(0).path("name").asText()).isEqualTo("Marloes Kok");
        assertThat(found.get(0).path("organisation").asText()).isEqualTo("Basisschool De Regenboog");

        Response linked = sanne.put(account, "{\"userId\":\"" + found.get(0).path("userId").asText() + "\"}");
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        Response plan = teacher.get("/api/trajectories/" + trajectory + "/plan", "OnePlan-Consistency-Token",
                linked.header("OnePlan-Consistency-Token"));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
    }

    @Test
    void aTokenAnotherClientOfTheRealmObtainedIsRefused() {
        TokenResponse otherClient = KEYCLOAK.passwordGrant("admin-cli", "sanne", "demo-sanne");
        assertThat(otherClient.status()).as(otherClient.toString()).isEqualTo(200);
        assertThat(otherClient.accessClaims().path("azp").asText()).isEqualTo("admin-cli");
        Response refused = bearer(otherClient.accessToken()).get("/api/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text("code")).isEqualTo("UNAUTHENTICATED");
        assertThat(bearer(KEYCLOAK.token("sanne", "demo-sanne")).get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void whileKeycloakIsAwayATokenOnePlanCannotCheckGets503AndThenItWorksByItself() {
        assertThat(bearer(KEYCLOAK.token("sanne", "demo-sanne")).get("/api/me").status()).isEqualTo(200);
        // A token signed with keys OnePlan has not seen yet, then the provider goes away.
        KEYCLOAK.stop();
        KEYCLOAK.startFresh();
        String newKeys = KEYCLOAK.token("sanne", "demo-sanne");
        KEYCLOAK.stop();

        Response away = bearer(newKeys).get("/api/me");
        assertThat(away.status()).as(away.toString()).isEqualTo(503);
        assertThat(away.text("code")).isEqualTo("IDENTITY_PROVIDER_UNAVAILABLE");
        assertThat(away.header("Retry-After")).isEqualTo("5");
        assertThat(api().anonymous().get("/actuator/health").text("status")).isEqualTo("DEGRADED");

        KEYCLOAK.start();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Response back = bearer(newKeys).get("/api/me");
            assertThat(back.status()).as(back.toString()).isEqualTo(200);
            assertThat(back.text("name")).isEqualTo("Sanne de Vries");
        });
        assertThat(api().anonymous().get("/actuator/health").text("status")).isEqualTo("UP");
    }

    private Api bearer(String accessToken) {
        return api().withAuthorization("Bearer " + accessToken);
    }

    private static RealmUser user(String username) {
        return realmUsers().stream().filter(user -> user.username().equals(username)).findFirst().orElseThrow();
    }

    /** The realm file's users: id, password, full name (as Keycloak's full-name mapper writes it), organisation, realm roles. */
    private static List<RealmUser> realmUsers() {
        JsonNode realm;
        try {
            realm = JSON.readTree(KEYCLOAK.realmFile().toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + KEYCLOAK.realmFile(), e);
        }
        List<RealmUser> users = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            String password = null;
            for (JsonNode credential : user.path("credentials")) {
                if (credential.path("type").asText().equals("password")) {
                    password = credential.path("value").asText();
                }
            }
            users.add(new RealmUser(user.path("id").asText(null), user.path("username").asText(), password,
                    user.path("firstName").asText() + " " + user.path("lastName").asText(),
                    user.path("attributes").path("organisation").path(0).asText(null),
                    texts(user.path("realmRoles"))));
        }
        return users;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
