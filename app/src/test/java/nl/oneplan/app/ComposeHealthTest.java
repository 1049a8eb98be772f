package nl.oneplan.app;

import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment waits for what it needs: docker-compose asks each OnePlan container's readiness
 * probe (which needs nobody signed in and says whether the database answers), and the gateway
 * starts only once both sides are ready. No Docker here, so the file and the probe are checked.
 */
class ComposeHealthTest extends PostgresIntegrationTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(Map<String, Object> compose, String name) {
        return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachSideIsCheckedForReadinessAndTheGatewayWaitsForBoth() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("..", "docker-compose.yml")));
        for (String side : List.of("command", "query")) {
            Map<String, Object> health = (Map<String, Object>) service(compose, side).get("healthcheck");
            assertThat(health).as(side + " has a health check").isNotNull();
            assertThat(String.join(" ", (List<String>) health.get("test"))).as(side)
                    .contains("/dev/tcp/127.0.0.1/8080").contains("GET /actuator/health/readiness");
        }
        Map<String, Object> gatewayNeeds = (Map<String, Object>) service(compose, "gateway").get("depends_on");
        assertThat(gatewayNeeds).containsOnlyKeys("command", "query");
        gatewayNeeds.values().forEach(need -> assertThat((Map<String, Object>) need)
                .containsEntry("condition", "service_healthy"));

        Response ready = api().anonymous().get("/actuator/health/readiness");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.text("status")).isEqualTo("UP");
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePublicAddressesAreSetInOnePlaceAndKeycloakKeepsItsData() throws IOException {
        String file = Files.readString(Path.of("..", "docker-compose.yml"));
        Map<String, Object> compose = new Yaml().load(file);
        Map<String, Object> keycloak = service(compose, "keycloak");
        Map<String, Object> keycloakEnvironment = (Map<String, Object>) keycloak.get("environment");
        assertThat(keycloakEnvironment.get("KC_HOSTNAME")).isEqualTo("${ONEPLAN_IDP_PUBLIC_URL:-http://localhost:8180}");
        assertThat(keycloakEnvironment.get("ONEPLAN_PUBLIC_URL")).isEqualTo("${ONEPLAN_PUBLIC_URL:-http://localhost:8080}");
        assertThat(file).contains("ONEPLAN_OIDC_ISSUER_URI: ${ONEPLAN_IDP_PUBLIC_URL:-http://localhost:8180}/realms/oneplan");
        assertThat((List<String>) keycloak.get("volumes")).contains("keycloak-data:/opt/keycloak/data");
        // The realm reads the same variable for the only addresses it names.
        String realm = Files.readString(Path.of("..", "deploy", "keycloak", "oneplan-realm.json"));
        assertThat(realm).contains("\"${ONEPLAN_PUBLIC_URL:http://localhost:8080}/*\"")
                .contains("\"post.logout.redirect.uris\": \"+\"").doesNotContain("\"http://localhost:8080");
    }

    @Test
    void theReadinessProbeNeedsNobodySignedIn() {
        Response ready = api().anonymous().get("/actuator/health/readiness");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.text("status")).isEqualTo("UP");
    }
}
