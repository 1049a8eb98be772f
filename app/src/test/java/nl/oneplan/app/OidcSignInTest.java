package nl.oneplan.app;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OnePlan as an OIDC resource server: a small identity provider on loopback publishes its
 * discovery document and keys, and signs tokens with Keycloak-style nested realm roles.
 */
class OidcSignInTest extends PostgresIntegrationTest {

    private static final RSAKey KEY = generateKey("idp-key");
    private static HttpServer identityProvider;
    private static String issuer;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) throws IOException {
        identityProvider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + identityProvider.getAddress().getPort() + "/realms/oneplan";
        serve("/realms/oneplan/.well-known/openid-configuration", """
                {"issuer":"%s","jwks_uri":"%s/protocol/openid-connect/certs",
                 "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"]}"""
                .formatted(issuer, issuer));
        serve("/realms/oneplan/protocol/openid-connect/certs", new JWKSet(KEY.toPublicJWK()).toString());
        identityProvider.start();
        registry.add("oneplan.security.oidc.issuer-uri", () -> issuer);
        registry.add("oneplan.security.oidc.claims.roles", () -> "realm_access.roles");
        registry.add("oneplan.security.oidc.claims.display-name", () -> "name");
    }

    @AfterAll
    static void stopIdentityProvider() {
        identityProvider.stop(0);
    }

    private static void serve(String path, String json) {
        identityProvider.createContext(path, exchange -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    private static RSAKey generateKey(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(RSAKey key, String tokenIssuer, Instant expires, List<String> roles) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(tokenIssuer)
                    .subject("f3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
                    .claim("name", "Sanne de Vries")
                    .claim("organisation", "CJG Gouda")
                    .claim("realm_access", Map.of("roles", roles))
                    .issueTime(Date.from(Instant.now().minusSeconds(60)))
                    .expirationTime(Date.from(expires))
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private Api bearer(String token) {
        return api().withAuthorization("Bearer " + token);
    }

    private Api coordinator() {
        return bearer(token(KEY, issuer, Instant.now().plusSeconds(300), List.of("offline_access", "coordinator")));
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
                .isEqualTo("f3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
        assertThat(timeline.body().get(0).path("who").path("organisation").asText()).isEqualTo("CJG Gouda");
        assertThat(timeline.body().get(0).path("who").path("roles").asText()).isEqualTo("COORDINATOR");
    }

    @Test
    void tokensThatAreExpiredForeignOrForgedAreRefused() {
        List<String> roles = List.of("COORDINATOR");
        String expired = token(KEY, issuer, Instant.now().minusSeconds(120), roles);
        String otherIssuer = token(KEY, "http://127.0.0.1:1/realms/elsewhere", Instant.now().plusSeconds(300), roles);
        String otherKey = token(generateKey("idp-key"), issuer, Instant.now().plusSeconds(300), roles);

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
        Api stranger = bearer(token(KEY, issuer, Instant.now().plusSeconds(300), List.of("uma_authorization")));
        assertThat(stranger.get("/api/trajectories").status()).isEqualTo(403);
        assertThat(stranger.post("/api/trajectories", "{}").status()).isEqualTo(403);
    }
}
