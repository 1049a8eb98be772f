package nl.oneplan.app;

import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waiting for a consistency token holds no server thread: with only ten threads, a flood of waits
 * that will never be satisfied leaves an ordinary read as fast as ever; a user gets a bounded
 * number of waits and a clear 429 beyond it; an unsatisfied wait still ends in 503 on time.
 */
@TestPropertySource(properties = {"server.tomcat.threads.max=10", "oneplan.query.consistency-timeout=PT3S",
        "oneplan.query.consistency-waits-per-user=20"})
class ConsistencyWaitsHttpTest extends PostgresIntegrationTest {

    private static final String TOKEN = "OnePlan-Consistency-Token";

    @Test
    void aFloodOfWaitsLeavesOrdinaryReadsAtTheirNormalSpeed() {
        Api sanne = api("sanne");
        Response opened = sanne.post("/api/trajectories", """
                {"familyName":"Wachten","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""");
        String id = opened.text("trajectoryId");
        String never = id + ":999";

        List<CompletableFuture<HttpResponse<String>>> waits = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            waits.add(sanne.client().sendAsync(sanne.request("/api/trajectories/" + id + "/plan").header(TOKEN, never)
                    .GET().build(), HttpResponse.BodyHandlers.ofString()));
        }
        // While sixty waits are open, another user's read answers at once.
        long started = System.nanoTime();
        Response ordinary = api("ahmed").get("/api/trajectories");
        assertThat(ordinary.status()).isEqualTo(200);
        // Blocking waits would hold all ten threads for the whole three seconds.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));

        List<Integer> statuses = waits.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
        assertThat(statuses.stream().filter(status -> status == 503).count()).isEqualTo(20);
        assertThat(statuses.stream().filter(status -> status == 429).count()).isEqualTo(40);
        HttpResponse<String> late = waits.stream().map(CompletableFuture::join)
                .filter(response -> response.statusCode() == 503).findFirst().orElseThrow();
        assertThat(late.body()).contains("\"code\":\"PROJECTION_NOT_CAUGHT_UP\"");
        // Her waits over, her own token is waited for again as usual.
        Response own = sanne.get("/api/trajectories/" + id + "/plan", TOKEN, opened.header(TOKEN));
        assertThat(own.status()).isEqualTo(200);
    }
}
