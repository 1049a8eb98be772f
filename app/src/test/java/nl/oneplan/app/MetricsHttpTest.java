package nl.oneplan.app;

import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Operators read command latency, projection lag, dead letters and refusals by code from Prometheus. */
// Spring Boot tests switch metrics export off unless asked; a running OnePlan exports.
@AutoConfigureObservability
class MetricsHttpTest extends PostgresIntegrationTest {

    @Test
    void administratorsScrapeTheFiguresThatMatter() {
        Api sanne = api("sanne");
        assertThat(sanne.post("/api/trajectories", """
                {"familyName":"Meten","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""")
                .status()).isEqualTo(201);
        assertThat(sanne.post("/api/trajectories", """
                {"familyName":"","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""")
                .status()).isEqualTo(400);
        assertThat(api().anonymous().get("/api/trajectories").status()).isEqualTo(401);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String metrics = api("admin").get("/actuator/prometheus", "Accept", "text/plain").raw().body();
            assertThat(metrics).contains("oneplan_requests_rejected_total{code=\"FIELD_REQUIRED\",status=\"400\"} 1.0")
                    .contains("oneplan_requests_rejected_total{code=\"UNAUTHENTICATED\",status=\"401\"}")
                    .containsPattern("oneplan_projection_lag\\{processor=\"plan-view-[ab]\"} \\d")
                    .contains("oneplan_projection_dead_letters{processor=\"timeline-")
                    .containsPattern("(?m)^commandBus\\w*\\{.*payloadType=\"OpenTrajectory\"");
        });
        Response coordinator = sanne.get("/actuator/prometheus");
        assertThat(coordinator.status()).isEqualTo(403);
        assertThat(api().anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
    }
}
