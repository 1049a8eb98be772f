package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an identity provider a user id is the token's {@code sub}, which nobody types: a
 * coordinator looks a colleague up by name or e-mail among the accounts that signed in, and links
 * the id found. An id OnePlan never saw is refused with ACCOUNT_UNKNOWN instead of linking an
 * account that would give nobody access.
 */
class AccountLookupTest extends PostgresIntegrationTest {

    private static final String SANNE = "0f6c2a7e-1b3d-4c5e-8f90-a1b2c3d4e5f6";
    private static final String MARLOES = "7d1e9b2c-3a4f-4e5d-9c8b-0a1f2e3d4c5b";
    private static TestIdentityProvider provider;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        provider = TestIdentityProvider.start();
        registry.add("oneplan.security.oidc.issuer-uri", provider::issuer);
        registry.add("oneplan.security.oidc.claims.roles", () -> "realm_access.roles");
    }

    @AfterAll
    static void stopIdentityProvider() {
        provider.stop();
    }

    private Api signedIn(String subject, String role, Map<String, Object> claims) {
        return api().withAuthorization("Bearer " + TestIdentityProvider.token(provider.key(), provider.issuer(),
                subject, Instant.now().plusSeconds(300), List.of(role), claims));
    }

    @Test
    void aColleagueIsFoundByNameOrEmailAfterSigningInOnceAndLinkedByTheirStableId() {
        Api sanne = signedIn(SANNE, "coordinator", Map.of("azp", "oneplan", "email", "sanne@cjg-gouda.nl"));
        Api marloes = signedIn(MARLOES, "professional", Map.of("azp", "oneplan", "name", "Marloes Kok",
                "organisation", "Basisschool De Regenboog", "email", "m.kok@regenboog.nl"));
        String trajectory = sanne.post("/api/trajectories", """
                {"familyName":"Jansen","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""")
                .text("trajectoryId");
        String school = sanne.post("/api/trajectories/" + trajectory + "/participants", """
                {"name":"Marloes Kok","kind":"PROFESSIONAL","organisation":"Basisschool De Regenboog"}""")
                .text("participantId");
        String account = "/api/trajectories/" + trajectory + "/participants/" + school + "/account";

        // Her user name is not who she is to OnePlan, and she never signed in: refused, and it says so.
        for (String guess : List.of("marloes", MARLOES)) {
            Response refused = sanne.put(account, "{\"userId\":\"" + guess + "\"}");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.text("code")).isEqualTo("ACCOUNT_UNKNOWN");
            assertThat(refused.text("field")).isEqualTo("userId");
        }
        assertThat(sanne.get("/api/accounts?search=kok").body()).isEmpty();

        // She signs in once; now the coordinator finds her by name, e-mail or school.
        assertThat(marloes.get("/api/me").status()).isEqualTo(200);
        for (String search : List.of("Marloes", "m.kok@regen", "regenboog")) {
            JsonNode found = sanne.get("/api/accounts?search=" + search).body();
            assertThat(found).as(search).hasSize(1);
            assertThat(found.get(0).path("userId").asText()).isEqualTo(MARLOES);
            assertThat(found.get(0).path("name").asText()).isEqualTo("Marloes Kok");
            assertThat(found.get(0).path("email").asText()).isEqualTo("m.kok@regenboog.nl");
            assertThat(found.get(0).path("organisation").asText()).isEqualTo("Basisschool De Regenboog");
        }
        Response linked = sanne.put(account, "{\"userId\":\"" + MARLOES + "\"}");
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        Response plan = marloes.get("/api/trajectories/" + trajectory + "/plan", "OnePlan-Consistency-Token",
                linked.header("OnePlan-Consistency-Token"));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(200);

        // Looking up takes two characters at least, and only coordinators link.
        Response tooShort = sanne.get("/api/accounts?search=k");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.text("code")).isEqualTo("SEARCH_TOO_SHORT");
        assertThat(marloes.get("/api/accounts?search=sanne").status()).isEqualTo(403);
        Response control = sanne.get("/api/accounts?search=Kok%00");
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.text("code")).isEqualTo("SEARCH_TOO_SHORT");
    }
}
