package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Administrators and analysts see every projection's state, position and lag, per segment. */
class ProjectionStatusTest extends PostgresIntegrationTest {

    @Autowired
    private EventProcessingConfiguration processing;

    private static JsonNode projection(Api api, String name) {
        return StreamSupport.stream(api.get("/api/projections").body().spliterator(), false)
                .filter(node -> node.path("name").asText().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void projectionsReportTheirProgressThroughAReplay() {
        Response opened = api().post("/api/trajectories", """
                {"familyName":"Status","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""");
        assertThat(opened.status()).isEqualTo(201);
        Api admin = api("admin");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            for (String name : new String[]{"plan-view", "timeline-a", "disclosure-ledger-a"}) {
                JsonNode status = projection(admin, name);
                assertThat(status.path("state").asText()).as(name).isEqualTo("CAUGHT_UP");
                assertThat(status.path("segments").asInt()).isEqualTo(4);
                assertThat(status.path("lag").asLong()).isZero();
                assertThat(status.path("position").asLong()).isEqualTo(status.path("head").asLong());
            }
        });

        StreamingEventProcessor plans = processing.eventProcessor("plan-view", StreamingEventProcessor.class)
                .orElseThrow();
        plans.shutDown();
        plans.resetTokens();
        JsonNode replaying = projection(admin, "plan-view");
        assertThat(replaying.path("state").asText()).isEqualTo("REPLAYING");
        assertThat(replaying.path("lag").asLong()).isPositive();

        plans.start();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(projection(api("fatima"), "plan-view").path("state").asText()).isEqualTo("CAUGHT_UP"));
        assertThat(projection(admin, "timeline-b").path("state").asText()).isEqualTo("IDLE");
    }
}
