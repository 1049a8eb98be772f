package nl.oneplan.app;

import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PostgresIntegrationTest;
import nl.oneplan.app.support.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity provider away and back, configured with a trailing slash its tokens do not carry:
 * while it does not answer, a request with a token gets 503 IDENTITY_PROVIDER_UNAVAILABLE within
 * the timeout and health says DEGRADED; once it answers, everything works again by itself. Only
 * tokens issued to OnePlan's client are accepted.
 */
class IdentityProviderOutageTest extends PostgresIntegrationTest {

    private static final String SUBJECT = "5b8d7c1e-2f3a-4b5c-9d6e-7f8091a2b3c4";
    private static TestIdentityProvider provider;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        provider = TestIdentityProvider.silent();
        registry.add("oneplan.security.oidc.issuer-uri", () -> provider.issuer() + "/");
        registry.add("oneplan.security.oidc.claims.roles", () -> "realm_access.roles");
        registry.add("oneplan.security.oidc.audiences", () -> "oneplan-reports");
    }

    @AfterAll
    static void stopIdentityProvider() {
        provider.stop();
    }

    private Api bearer(Map<String, Object> audience) {
        return api().withAuthorization("Bearer " + TestIdentityProvider.token(provider.key(), provider.issuer(),
                SUBJECT, Instant.now().plusSeconds(300), List.of("coordinator"), audience));
    }

    @Test
    void whileTheProviderIsAwayRequestsGet503AndOnceItAnswersEverythingWorksAgain() {
        Api coordinator = bearer(Map.of("azp", "oneplan"));

        long started = System.nanoTime();
        Response away = coordinator.get("/api/trajectories");
        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        assertThat(away.status()).as(away.toString()).isEqualTo(503);
        assertThat(away.contentType()).startsWith("application/problem+json");
        assertThat(away.text("code")).isEqualTo("IDENTITY_PROVIDER_UNAVAILABLE");
        assertThat(away.header("Retry-After")).isEqualTo("5");
        assertThat(waited).as("answered within the provider timeout").isLessThan(Duration.ofSeconds(5));
        Response health = api().anonymous().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("DEGRADED");
        // Without a token nothing depends on the provider: still 401.
        assertThat(api().anonymous().get("/api/trajectories").status()).isEqualTo(401);

        provider.answer();
        Response back = coordinator.get("/api/trajectories");
        assertThat(back.status()).as(back.toString()).isEqualTo(200);
        assertThat(coordinator.get("/api/me").text("userId")).isEqualTo(SUBJECT);
        assertThat(api().anonymous().get("/actuator/health").text("status")).isEqualTo("UP");

        // A key the provider never had, while it answers: the token is refused (401), the provider is not "away".
        String foreignKey = TestIdentityProvider.token(TestIdentityProvider.newKey("no-such-key"), provider.issuer(),
                SUBJECT, Instant.now().plusSeconds(300), List.of("coordinator"), Map.of("azp", "oneplan"));
        Response forged = api().withAuthorization("Bearer " + foreignKey).get("/api/trajectories");
        assertThat(forged.status()).as(forged.toString()).isEqualTo(401);
        assertThat(api().anonymous().get("/actuator/health").text("status")).isEqualTo("UP");

        // Issued to another client of the realm: refused. To a configured audience: accepted.
        Response otherClient = bearer(Map.of("azp", "intranet", "aud", "account")).get("/api/trajectories");
        assertThat(otherClient.status()).isEqualTo(401);
        assertThat(otherClient.text("code")).isEqualTo("UNAUTHENTICATED");
        assertThat(bearer(Map.of()).get("/api/trajectories").status()).isEqualTo(401);
        assertThat(bearer(Map.of("aud", List.of("account", "oneplan"))).get("/api/trajectories").status())
                .isEqualTo(200);
        assertThat(bearer(Map.of("azp", "oneplan-reports")).get("/api/trajectories").status()).isEqualTo(200);
    }
}
