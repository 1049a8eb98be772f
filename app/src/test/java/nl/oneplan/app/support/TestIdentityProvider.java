package nl.oneplan.app.support;

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
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * A small identity provider on loopback, shaped like a Keycloak realm: discovery, signing keys,
 * and room for the authorization and token endpoints a test needs. Tokens carry Keycloak-style
 * nested realm roles ({@code realm_access.roles}), the name and the organisation of Sanne de Vries.
 */
public final class TestIdentityProvider {

    private static final String REALM = "/realms/oneplan";
    private static final String ENDPOINTS = REALM + "/protocol/openid-connect";

    private final HttpServer server;
    private final RSAKey key = newKey("idp-key");
    private final String issuer;

    private TestIdentityProvider() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + REALM;
        server.createContext(REALM + "/.well-known/openid-configuration", exchange -> respond(exchange, 200, """
                {"issuer":"%1$s","jwks_uri":"%1$s/protocol/openid-connect/certs",
                 "authorization_endpoint":"%1$s/protocol/openid-connect/auth",
                 "token_endpoint":"%1$s/protocol/openid-connect/token",
                 "end_session_endpoint":"%1$s/protocol/openid-connect/logout",
                 "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"]}"""
                .formatted(issuer)));
        server.createContext(ENDPOINTS + "/certs", exchange -> respond(exchange, 200,
                new JWKSet(key.toPublicJWK()).toString()));
    }

    public static TestIdentityProvider start() {
        TestIdentityProvider provider = new TestIdentityProvider();
        provider.server.start();
        return provider;
    }

    /** A provider whose port is taken but that does not answer yet, as one that is still starting or hangs. */
    public static TestIdentityProvider silent() {
        return new TestIdentityProvider();
    }

    /** Starts answering (a provider from {@link #silent()}). */
    public void answer() {
        server.start();
    }

    public void stop() {
        server.stop(0);
    }

    public String issuer() {
        return issuer;
    }

    public RSAKey key() {
        return key;
    }

    /** Serves {@code endpoint} ("/auth", "/token") of the realm's openid-connect protocol. */
    public void handle(String endpoint, HttpHandler handler) {
        server.createContext(ENDPOINTS + endpoint, handler);
    }

    /** A signed access token for Sanne de Vries of CJG Gouda with these realm roles, issued to OnePlan's client. */
    public static String token(RSAKey key, String issuer, String subject, Instant expires, List<String> roles) {
        return token(key, issuer, subject, expires, roles, Map.of("azp", "oneplan"));
    }

    /** The same with other or further claims: to whom it was issued ({@code azp}, {@code aud}), another name. */
    public static String token(RSAKey key, String issuer, String subject, Instant expires, List<String> roles,
                               Map<String, Object> claimed) {
        try {
            JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
            JWTClaimsSet claims = builder
                    .issuer(issuer)
                    .subject(subject)
                    .claim("name", "Sanne de Vries")
                    .claim("organisation", "CJG Gouda")
                    .claim("realm_access", Map.of("roles", roles))
                    .issueTime(Date.from(Instant.now().minusSeconds(60)))
                    .expirationTime(Date.from(expires))
                    .build();
            JWTClaimsSet.Builder overridden = new JWTClaimsSet.Builder(claims);
            claimed.forEach(overridden::claim);
            claims = overridden.build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RSAKey newKey(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers JSON that a page of another origin may read, as Keycloak does for a client's web origins. */
    public static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
