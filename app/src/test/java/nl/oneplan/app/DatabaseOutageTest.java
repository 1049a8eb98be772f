package nl.oneplan.app;

import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.TcpProxy;
import nl.oneplan.app.support.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL stops answering (refused, or silent) behind a TCP proxy: callers get 503
 * DATABASE_UNAVAILABLE with Retry-After within seconds, health says DOWN without hanging, and once
 * the database is back everything resumes by itself with no accepted command lost.
 */
@SpringBootTest(classes = OnePlanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"oneplan.database.socket-timeout=PT3S", "spring.datasource.hikari.connection-timeout=1500"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseOutageTest {

    private static TcpProxy proxy;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void databaseBehindAProxy(DynamicPropertyRegistry registry) {
        TestDatabases.Database database = TestDatabases.fresh();
        URI address = URI.create(database.url().substring("jdbc:".length()));
        proxy = new TcpProxy(address.getHost(), address.getPort());
        String viaProxy = database.url().replace(address.getHost() + ":" + address.getPort(),
                "127.0.0.1:" + proxy.port());
        registry.add("spring.datasource.url", () -> viaProxy);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
    }

    @AfterEach
    void databaseBack() {
        proxy.mode(TcpProxy.Mode.FORWARD);
    }

    private Api sanne() {
        return new Api("http://localhost:" + port, "sanne");
    }

    private static final String OPEN = """
            {"familyName":"Storing","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""";

    private static void unavailable(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("code")).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(response.header("Retry-After")).isEqualTo("2");
    }

    private static Response timed(java.util.function.Supplier<Response> call, Duration atMost) {
        long started = System.nanoTime();
        Response response = call.get();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("answered in time").isLessThan(atMost);
        return response;
    }

    @Test
    void aRefusingDatabaseGets503AndEverythingResumesWithNothingLost() {
        Api sanne = sanne();
        List<String> accepted = new ArrayList<>();
        accepted.add(sanne.post("/api/trajectories", OPEN).text("trajectoryId"));

        proxy.mode(TcpProxy.Mode.REFUSE);
        unavailable(timed(() -> sanne.post("/api/trajectories", OPEN), Duration.ofSeconds(6)));
        unavailable(timed(() -> sanne.get("/api/trajectories"), Duration.ofSeconds(6)));
        Response health = timed(() -> sanne.anonymous().get("/actuator/health"), Duration.ofSeconds(6));
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.text("status")).isEqualTo("DOWN");
        assertThat(timed(() -> sanne.anonymous().get("/actuator/health/readiness"), Duration.ofSeconds(6))
                .status()).isEqualTo(503);

        proxy.mode(TcpProxy.Mode.FORWARD);
        await().atMost(Duration.ofSeconds(30)).until(() -> sanne.anonymous().get("/actuator/health").status() == 200);
        Response after = sanne.post("/api/trajectories", OPEN);
        assertThat(after.status()).as(after.toString()).isEqualTo(201);
        accepted.add(after.text("trajectoryId"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(sanne.get("/api/trajectories").body()
                .findValuesAsText("trajectoryId")).containsAll(accepted));
    }

    @Test
    void aSilentDatabaseGets503WithinTheTimeoutNotAHang() {
        Api sanne = sanne();
        assertThat(sanne.post("/api/trajectories", OPEN).status()).isEqualTo(201);

        proxy.mode(TcpProxy.Mode.HANG);
        unavailable(timed(() -> sanne.post("/api/trajectories", OPEN), Duration.ofSeconds(12)));
        Response health = timed(() -> sanne.anonymous().get("/actuator/health"), Duration.ofSeconds(12));
        assertThat(health.status()).isEqualTo(503);

        proxy.mode(TcpProxy.Mode.FORWARD);
        await().atMost(Duration.ofSeconds(40)).until(() -> sanne.post("/api/trajectories", OPEN).status() == 201);
    }
}
