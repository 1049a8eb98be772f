package nl.oneplan.app.e2e;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

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

    private static final RSAKey KEY = key();
    private static final Map<String, String[]> CODES = new ConcurrentHashMap<>();
    private static HttpServer provider;
    private static String issuer;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) throws IOException {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + provider.getAddress().getPort() + "/realms/oneplan";
        String base = "/realms/oneplan/protocol/openid-connect";
        provider.createContext("/realms/oneplan/.well-known/openid-configuration", exchange -> json(exchange, """
                {"issuer":"%1$s","jwks_uri":"%1$s/protocol/openid-connect/certs",
                 "authorization_endpoint":"%1$s/protocol/openid-connect/auth",
                 "token_endpoint":"%1$s/protocol/openid-connect/token",
                 "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"]}"""
                .formatted(issuer)));
        provider.createContext(base + "/certs", exchange -> json(exchange, new JWKSet(KEY.toPublicJWK()).toString()));
        provider.createContext(base + "/auth", OidcBrowserTest::authorize);
        provider.createContext(base + "/token", OidcBrowserTest::token);
        provider.start();
        registry.add("oneplan.security.oidc.issuer-uri", () -> issuer);
        registry.add("oneplan.security.oidc.client-id", () -> "oneplan-ui");
        registry.add("oneplan.security.oidc.claims.roles", () -> "realm_access.roles");
    }

    @AfterAll
    static void stopProvider() {
        provider.stop(0);
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
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject("sanne")
                    .claim("name", "Sanne de Vries").claim("organisation", "CJG Gouda")
                    .claim("realm_access", Map.of("roles", List.of("COORDINATOR")))
                    .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600))).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(KEY));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
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

    private static void json(HttpExchange exchange, String json) throws IOException {
        respond(exchange, 200, json);
    }

    /** Browsers read the provider's answers from OnePlan's page, so they allow any origin (as Keycloak's web origins do). */
    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static RSAKey key() {
        try {
            return new RSAKeyGenerator(2048).keyID("browser-idp").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
