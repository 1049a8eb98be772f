package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Administrators and analysts see every projection's state, position and lag, per segment. */
class ProjectionStatusTest extends PostgresIntegrationTest {

    private static JsonNode projection(Api api, String name) {
        return StreamSupport.stream(api.get("/api/projections").body().spliterator(), false)
                .filter(node -> node.path("name").asText().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void onASmallStoreEverySegmentIsCaughtUpThoughSomeNeverHadAnEvent() {
        Api sanne = api("sanne");
        for (String name : new String[]{"Een", "Twee", "Drie"}) {
            assertThat(sanne.post("/api/trajectories", """
                    {"familyName":"%s","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}"""
                    .formatted(name)).status()).isEqualTo(201);
        }
        Api admin = api("admin");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            for (JsonNode status : admin.get("/api/projections").body()) {
                if (status.path("state").asText().equals("IDLE")) {
                    continue;
                }
                String name = status.path("name").asText();
                assertThat(status.path("state").asText()).as(name).isEqualTo("CAUGHT_UP");
                assertThat(status.path("position").asLong()).as(name).isEqualTo(status.path("head").asLong());
                for (JsonNode segment : status.path("segmentStatus")) {
                    assertThat(segment.path("position").asLong()).as(name + " segment " + segment.path("segment"))
                            .isEqualTo(status.path("head").asLong());
                    assertThat(segment.path("lag").asLong()).isZero();
                }
            }
        });
        JsonNode report = api("fatima").get("/api/reports/registrations?period=2026").body();
        assertThat(report.path("basedOnPosition").asLong())
                .isEqualTo(admin.get("/api/projections").body().get(0).path("head").asLong());
        assertThat(report.path("basedOnEventTime").isNull()).isFalse();
    }

    @Test
    void projectionsReportTheirProgressThroughAReplay() {
        Response opened = api().post("/api/trajectories", """
                {"familyName":"Status","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""");
        assertThat(opened.status()).isEqualTo(201);
        Api admin = api("admin");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            for (String name : new String[]{"plan-view-a", "timeline-a", "disclosure-ledger-a"}) {
                JsonNode status = projection(admin, name);
                assertThat(status.path("state").asText()).as(name).isEqualTo("CAUGHT_UP");
                assertThat(status.path("segments").asInt()).isEqualTo(4);
                assertThat(status.path("lag").asLong()).isZero();
                assertThat(status.path("position").asLong()).isEqualTo(status.path("head").asLong());
            }
        });

        // A rebuild's processor replays from the first event: its tokens say so until it has read up to
        // where the rebuild started (for the first two seconds nobody may claim them yet).
        assertThat(admin.post("/api/projections/timeline/rebuild", "").status()).isEqualTo(202);
        String building = admin.get("/api/projections/timeline/rebuild").body().path("processor").path("name")
                .asText();
        JsonNode replaying = projection(admin, building);
        assertThat(replaying.path("state").asText()).isEqualTo("REPLAYING");
        assertThat(replaying.path("lag").asLong()).isPositive();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(projection(api("fatima"), building).path("state").asText()).isEqualTo("CAUGHT_UP"));
        // Once caught up it takes over (each query node checks twice a second).
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                admin.get("/api/projections/timeline/rebuild").text("activeProcessor")).isEqualTo(building));
    }
}
