package nl.oneplan.app;

import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PostgresIntegrationTest;
import nl.oneplan.app.support.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OnePlan as an OIDC resource server: a small identity provider on loopback publishes its
 * discovery document and keys, and signs tokens with Keycloak-style nested realm roles.
 */
class OidcSignInTest extends PostgresIntegrationTest {

    private static final String SUBJECT = "f3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    private static TestIdentityProvider identityProvider;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        identityProvider = TestIdentityProvider.start();
        registry.add("oneplan.security.oidc.issuer-uri", identityProvider::issuer);
        registry.add("oneplan.security.oidc.claims.roles", () -> "realm_access.roles");
        registry.add("oneplan.security.oidc.claims.display-name", () -> "name");
    }

    @AfterAll
    static void stopIdentityProvider() {
        identityProvider.stop();
    }

    private static String token(String tokenIssuer, Instant expires, List<String> roles) {
        return TestIdentityProvider.token(identityProvider.key(), tokenIssuer, SUBJECT, expires, roles);
    }

    private Api bearer(String token) {
        return api().withAuthorization("Bearer " + token);
    }

    private Api coordinator() {
        return bearer(token(identityProvider.issuer(), Instant.now().plusSeconds(300),
                List.of("offline_access", "coordinator")));
    }

    @Test
    void aCoordinatorSignedInWithTheIssuersTokenWorksAndIsRecordedByTheirSubject() {
        Api api = coordinator();
        Response opened = api.post("/api/trajectories", """
                {"familyName":"Jansen","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);

        Response timeline = api.get("/api/trajectories/" + opened.text("trajectoryId") + "/timeline",
                "OnePlan-Consistency-Token", opened.header("OnePlan-Consistency-Token"));
        assertThat(timeline.status()).isEqualTo(200);
        assertThat(timeline.body().get(0).path("who").path("userId").asText())
                .isEqualTo(SUBJECT);
        assertThat(timeline.body().get(0).path("who").path("organisation").asText()).isEqualTo("CJG Gouda");
        assertThat(timeline.body().get(0).path("who").path("roles").asText()).isEqualTo("COORDINATOR");
    }

    @Test
    void tokensThatAreExpiredForeignOrForgedAreRefused() {
        List<String> roles = List.of("COORDINATOR");
        String expired = token(identityProvider.issuer(), Instant.now().minusSeconds(120), roles);
        String otherIssuer = token("http://127.0.0.1:1/realms/elsewhere", Instant.now().plusSeconds(300), roles);
        String otherKey = TestIdentityProvider.token(TestIdentityProvider.newKey("idp-key"), identityProvider.issuer(),
                SUBJECT, Instant.now().plusSeconds(300), roles);

        for (String token : List.of(expired, otherIssuer, otherKey, "not-a-token")) {
            Response response = bearer(token).get("/api/trajectories");
            assertThat(response.status()).as(token).isEqualTo(401);
            assertThat(response.text("code")).isEqualTo("UNAUTHENTICATED");
        }
        Response anonymous = api().anonymous().get("/api/trajectories");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void demoUsersDoNotExistBesideAnIssuer() {
        assertThat(api("sanne").get("/api/trajectories").status()).isEqualTo(401);
    }

    @Test
    void rolesTheIssuerGivesThatOnePlanDoesNotKnowGrantNothing() {
        Api stranger = bearer(token(identityProvider.issuer(), Instant.now().plusSeconds(300),
                List.of("uma_authorization")));
        assertThat(stranger.get("/api/trajectories").status()).isEqualTo(403);
        assertThat(stranger.post("/api/trajectories", "{}").status()).isEqualTo(403);
    }
}
