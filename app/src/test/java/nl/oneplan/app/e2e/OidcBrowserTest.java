package nl.oneplan.app.e2e;

import com.sun.net.httpserver.HttpExchange;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.PostgresIntegrationTest;
import nl.oneplan.app.support.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static nl.oneplan.app.support.TestIdentityProvider.respond;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI signing in at an identity provider (a small one on loopback, like Keycloak): the
 * browser goes there with a PKCE challenge, comes back with a code, exchanges it with the
 * verifier for an access token, and acts with it. The provider refuses a verifier that does not
 * match the challenge, so a sign-in that works proves the PKCE exchange.
 */
class OidcBrowserTest extends PostgresIntegrationTest {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    private static final Map<String, String[]> CODES = new ConcurrentHashMap<>();
    private static TestIdentityProvider provider;
    private static String issuer;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        provider = TestIdentityProvider.start();
        issuer = provider.issuer();
        provider.handle("/auth", OidcBrowserTest::authorize);
        provider.handle("/token", OidcBrowserTest::token);
        registry.add("oneplan.security.oidc.issuer-uri", () -> issuer);
        registry.add("oneplan.security.oidc.client-id", () -> "oneplan-ui");
        registry.add("oneplan.security.oidc.claims.roles", () -> "realm_access.roles");
    }

    @AfterAll
    static void stopProvider() {
        provider.stop();
    }

    @BeforeEach
    void atTheApp() {
        BROWSER.at(port);
    }

    @Test
    void aCoordinatorSignsInAtTheIdentityProviderAndWorksWithTheToken() {
        BROWSER.open("#/");
        BROWSER.click(By.id("signin-oidc"));
        BROWSER.waitForText(By.cssSelector("header .who span"), "Sanne de Vries · CJG Gouda");
        BROWSER.waitForText(By.tagName("h1"), "Mijn gezinnen");

        // The token acts like any other: the coordinator registers a family.
        BROWSER.click(By.linkText("Nieuw gezin"));
        BROWSER.type("open-familyName", "Token");
        BROWSER.type("open-municipality", "Gouda");
        BROWSER.click(By.cssSelector("form[data-form=open] button[type=submit]"));
        BROWSER.waitForText(By.tagName("h1"), "Gezinsplan Token");
        assertThat(BROWSER.driver().getCurrentUrl()).doesNotContain("code=");
    }

    @Test
    void theUiLearnsWhereToSignInAndMayTalkToThatProviderOnly() {
        Api anonymous = new Api("http://localhost:" + port, null);
        Api.Response config = anonymous.get("/api/ui-config");
        assertThat(config.text("signIn")).isEqualTo("OIDC");
        assertThat(config.text("issuer")).isEqualTo(issuer);
        assertThat(config.text("clientId")).isEqualTo("oneplan-ui");
        String origin = issuer.substring(0, issuer.indexOf("/realms"));
        assertThat(config.header("Content-Security-Policy")).endsWith("connect-src 'self' " + origin);
    }

    /** Signs the user in at once and sends the browser back with a code bound to the PKCE challenge. */
    private static void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if (!"oneplan-ui".equals(query.get("client_id")) || !"S256".equals(query.get("code_challenge_method"))) {
            respond(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        String code = UUID.randomUUID().toString();
        CODES.put(code, new String[]{query.get("code_challenge"), query.get("redirect_uri")});
        exchange.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=" + code + "&state="
                + query.get("state"));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    /** Hands out an access token only for a known code whose verifier matches its challenge. */
    private static void token(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String[] issued = CODES.remove(body.getOrDefault("code", ""));
        if (issued == null || !issued[0].equals(challenge(body.get("code_verifier")))
                || !issued[1].equals(body.get("redirect_uri"))) {
            respond(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        respond(exchange, 200, "{\"access_token\":\"" + accessToken() + "\",\"token_type\":\"Bearer\"}");
    }

    private static String accessToken() {
        // Issued to the client that signed in, as Keycloak does (azp).
        return TestIdentityProvider.token(provider.key(), issuer, "sanne", Instant.now().plusSeconds(600),
                List.of("COORDINATOR"), Map.of("azp", "oneplan-ui"));
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.valueOf(verifier)
                    .getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded != null) {
            for (String pair : encoded.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }
}
