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
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static nl.oneplan.app.support.TestIdentityProvider.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
    private static final Set<String> REFRESH_TOKENS = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger RENEWALS = new AtomicInteger();
    private static final List<Map<String, String>> SIGN_OUTS = new CopyOnWriteArrayList<>();
    /** How long an access token lives; the tests of renewal make it short. */
    private static volatile int lifetimeSeconds = 600;
    /** The provider ended every session: refresh tokens are refused. */
    private static volatile boolean sessionsEnded;
    private static TestIdentityProvider provider;
    private static String issuer;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        provider = TestIdentityProvider.start();
        issuer = provider.issuer();
        provider.handle("/auth", OidcBrowserTest::authorize);
        provider.handle("/token", OidcBrowserTest::token);
        provider.handle("/logout", OidcBrowserTest::logout);
        registry.add("oneplan.security.oidc.issuer-uri", () -> issuer);
        registry.add("oneplan.security.oidc.client-id", () -> "oneplan-ui");
        registry.add("oneplan.security.oidc.claims.roles", () -> "realm_access.roles");
        // An expired token is refused at once, so a renewal that did not happen shows.
        registry.add("oneplan.security.oidc.clock-skew", () -> "PT0S");
    }

    @AfterAll
    static void stopProvider() {
        provider.stop();
    }

    @BeforeEach
    void atTheApp() {
        BROWSER.at(port);
        // Each test starts signed out, as a fresh tab would.
        BROWSER.open("#/signin");
        ((org.openqa.selenium.JavascriptExecutor) BROWSER.driver()).executeScript("sessionStorage.clear()");
        lifetimeSeconds = 600;
        sessionsEnded = false;
        RENEWALS.set(0);
        SIGN_OUTS.clear();
    }

    private static void waitSeconds(int seconds) {
        await().pollDelay(Duration.ofSeconds(seconds)).atMost(Duration.ofSeconds(seconds + 1)).until(() -> true);
    }

    @Test
    void theTokenIsRenewedBeforeItExpiresSoWorkGoesOn() {
        lifetimeSeconds = 6;
        BROWSER.open("#/");
        BROWSER.click(By.id("signin-oidc"));
        BROWSER.waitForText(By.tagName("h1"), "Mijn gezinnen");
        BROWSER.click(By.linkText("Nieuw gezin"));
        BROWSER.type("open-familyName", "Vernieuwd");
        BROWSER.type("open-municipality", "Gouda");
        // Past the first token's lifetime, twice over: only renewed tokens are still valid.
        await().atMost(Duration.ofSeconds(20)).until(() -> RENEWALS.get() >= 3);
        BROWSER.click(By.cssSelector("form[data-form=open] button[type=submit]"));
        BROWSER.waitForText(By.tagName("h1"), "Gezinsplan Vernieuwd");
    }

    @Test
    void whenTheSessionEndsWhatWasTypedComesBackAfterSigningInAgain() {
        lifetimeSeconds = 5;
        BROWSER.open("#/");
        BROWSER.click(By.id("signin-oidc"));
        BROWSER.waitForText(By.tagName("h1"), "Mijn gezinnen");
        sessionsEnded = true;
        BROWSER.click(By.linkText("Nieuw gezin"));
        BROWSER.type("open-familyName", "Onderbroken");
        BROWSER.type("open-municipality", "Bodegraven");
        waitSeconds(6);
        BROWSER.click(By.cssSelector("form[data-form=open] button[type=submit]"));

        BROWSER.waitForText(By.id("session-ended"), "Uw sessie is verlopen voordat u kon opslaan");
        assertThat(BROWSER.pageText()).contains("wat u had ingevuld wordt daarna teruggezet");
        sessionsEnded = false;
        lifetimeSeconds = 600;
        BROWSER.click(By.id("signin-oidc"));
        BROWSER.waitForText(By.id("restored"), "Wat u had ingevuld staat er weer; er is nog niets opgeslagen");
        assertThat(BROWSER.byId("open-familyName").getAttribute("value")).isEqualTo("Onderbroken");
        assertThat(BROWSER.byId("open-municipality").getAttribute("value")).isEqualTo("Bodegraven");
        BROWSER.click(By.cssSelector("form[data-form=open] button[type=submit]"));
        BROWSER.waitForText(By.tagName("h1"), "Gezinsplan Onderbroken");
    }

    @Test
    void signingOutEndsTheSessionAtTheProviderToo() {
        BROWSER.open("#/");
        BROWSER.click(By.id("signin-oidc"));
        BROWSER.waitForText(By.tagName("h1"), "Mijn gezinnen");
        BROWSER.click(By.id("sign-out"));
        BROWSER.waitForText(By.tagName("h1"), "Aanmelden");
        assertThat(SIGN_OUTS).hasSize(1);
        assertThat(SIGN_OUTS.get(0)).containsEntry("client_id", "oneplan-ui")
                .containsEntry("post_logout_redirect_uri", "http://localhost:" + port + "/")
                .containsKey("id_token_hint");
        assertThat(((org.openqa.selenium.JavascriptExecutor) BROWSER.driver())
                .executeScript("return sessionStorage.getItem('oneplan.session')")).isNull();
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
        if ("refresh_token".equals(body.get("grant_type"))) {
            if (sessionsEnded || !REFRESH_TOKENS.remove(body.getOrDefault("refresh_token", ""))
                    || !"oneplan-ui".equals(body.get("client_id"))) {
                respond(exchange, 400, "{\"error\":\"invalid_grant\"}");
                return;
            }
            RENEWALS.incrementAndGet();
            respond(exchange, 200, tokens());
            return;
        }
        String[] issued = CODES.remove(body.getOrDefault("code", ""));
        if (issued == null || !issued[0].equals(challenge(body.get("code_verifier")))
                || !issued[1].equals(body.get("redirect_uri"))) {
            respond(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        respond(exchange, 200, tokens());
    }

    private static String tokens() {
        String refresh = UUID.randomUUID().toString();
        REFRESH_TOKENS.add(refresh);
        return "{\"access_token\":\"" + accessToken() + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                + lifetimeSeconds + ",\"refresh_token\":\"" + refresh + "\",\"id_token\":\"" + accessToken() + "\"}";
    }

    /** Ends the session and sends the browser where OnePlan asked, as Keycloak's end-session endpoint does. */
    private static void logout(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        SIGN_OUTS.add(query);
        REFRESH_TOKENS.clear();
        exchange.getResponseHeaders().add("Location", query.get("post_logout_redirect_uri"));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static String accessToken() {
        // Issued to the client that signed in, as Keycloak does (azp).
        return TestIdentityProvider.token(provider.key(), issuer, "sanne", Instant.now().plusSeconds(lifetimeSeconds),
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
