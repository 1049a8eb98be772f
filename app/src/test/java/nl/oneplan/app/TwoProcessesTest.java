package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.TestDatabases;
import nl.oneplan.command.api.TrajectoryCommandController;
import nl.oneplan.query.api.TrajectoryQueryController;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A split deployment in one JVM: two command-side processes and one query-side process, each its
 * own application context, against one PostgreSQL database. What the command processes store, the
 * query process projects; their races on one trajectory lose nothing.
 */
class TwoProcessesTest {

    private static ConfigurableApplicationContext commandA;
    private static ConfigurableApplicationContext commandB;
    private static ConfigurableApplicationContext query;

    @BeforeAll
    static void startProcesses() {
        TestDatabases.Database database = TestDatabases.fresh();
        commandA = start("command", database);
        commandB = start("command", database);
        query = start("query", database);
    }

    @AfterAll
    static void stopProcesses() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[]{query, commandB, commandA}) {
            if (context != null) {
                context.close();
            }
        }
    }

    private static ConfigurableApplicationContext start(String roles, TestDatabases.Database database) {
        // As arguments, like a real process's settings: builder properties would rank below application.yml.
        return new SpringApplicationBuilder(OnePlanApplication.class)
                .run("--oneplan.roles=" + roles,
                        "--server.port=0",
                        "--spring.datasource.url=" + database.url(),
                        "--spring.datasource.username=" + database.user(),
                        "--spring.datasource.password=" + database.password(),
                        "--oneplan.events.fetch-delay=PT0.1S",
                        "--oneplan.commands.max-retries=20",
                        "--logging.level.nl.oneplan.app.config.ConflictRetryScheduler=debug");
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api("http://localhost:" + context.getEnvironment().getProperty("local.server.port"), "sanne");
    }

    @Test
    void eachProcessRunsOnlyItsOwnSide() {
        assertThat(commandA.getBeansOfType(TrajectoryCommandController.class)).hasSize(1);
        assertThat(commandA.getBeansOfType(TrajectoryQueryController.class)).isEmpty();
        assertThat(commandA.getBean(EventProcessingConfiguration.class).eventProcessors()).isEmpty();

        assertThat(query.getBeansOfType(TrajectoryQueryController.class)).hasSize(1);
        assertThat(query.getBeansOfType(TrajectoryCommandController.class)).isEmpty();
        assertThat(query.getBean(EventProcessingConfiguration.class).eventProcessors()).containsKey("plan-view-a");

        assertThat(api(commandA).get("/api/trajectories").status()).isEqualTo(405);
        assertThat(api(query).post("/api/trajectories", "{}").status()).isEqualTo(405);
    }

    @Test
    void whatTheCommandProcessStoresTheQueryProcessProjects() {
        Response opened = api(commandA).post("/api/trajectories", """
                {"familyName":"Yilmaz","municipality":"Utrecht","startDate":"2026-02-01",
                 "registration":{"route":"GP","agency":"Huisartsenpraktijk Oost"}}""");
        assertThat(opened.status()).isEqualTo(201);
        String id = opened.text("trajectoryId");

        Response plan = api(query).get("/api/trajectories/" + id + "/plan",
                "OnePlan-Consistency-Token", opened.header("OnePlan-Consistency-Token"));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
        assertThat(plan.text("familyName")).isEqualTo("Yilmaz");
        assertThat(plan.body().path("agreements")).hasSize(2);
    }

    @Test
    void aRetryOnTheOtherCommandProcessGetsTheFirstAnswer() {
        String open = """
                {"familyName":"Tweemaal","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""";
        Response first = api(commandA).post("/api/trajectories", open, "Idempotency-Key", "over-twee-processen");
        Response retried = api(commandB).post("/api/trajectories", open, "Idempotency-Key", "over-twee-processen");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.text("trajectoryId")).isEqualTo(first.text("trajectoryId"));
    }

    /**
     * Each command process keeps the trajectories it worked on in memory. When the other process
     * changed one since, the first must not act on what it remembers: here it remembers the
     * mother's name as the correction asks, and would have stored nothing.
     */
    @Test
    void aProcessDoesNotActOnATrajectoryTheOtherProcessChangedSince() {
        Response opened = api(commandA).post("/api/trajectories", """
                {"familyName":"Jansen","municipality":"Gouda","startDate":"2026-01-05",
                 "registration":{"route":"SELF"}}""");
        String base = "/api/trajectories/" + opened.text("trajectoryId");
        String mother = api(commandA).post(base + "/members", """
                {"name":"Petra Jansen","dateOfBirth":"1985-04-02","role":"PARENT","custody":true}""")
                .text("memberId");

        Response renamedElsewhere = api(commandB).put(base + "/members/" + mother, """
                {"name":"Petra de Vries","dateOfBirth":"1985-04-02","role":"PARENT","custody":true}""");
        Response renamedBack = api(commandA).put(base + "/members/" + mother, """
                {"name":"Petra Jansen","dateOfBirth":"1985-04-02","role":"PARENT","custody":true}""");

        assertThat(renamedElsewhere.status()).isEqualTo(200);
        assertThat(renamedBack.status()).isEqualTo(200);
        assertThat(Long.parseLong(renamedBack.text("version")))
                .isGreaterThan(Long.parseLong(renamedElsewhere.text("version")));
        Response plan = api(query).get(base + "/plan", "OnePlan-Consistency-Token",
                renamedBack.header("OnePlan-Consistency-Token"));
        assertThat(plan.body().path("family").path("members").get(0).path("name").asText())
                .isEqualTo("Petra Jansen");
    }

    @Test
    void twoCommandProcessesRacingOnOneTrajectoryLoseNoEvent() throws Exception {
        Response opened = api(commandA).post("/api/trajectories", """
                {"familyName":"Peters","municipality":"Gouda","startDate":"2026-01-05",
                 "registration":{"route":"SELF"}}""");
        String base = "/api/trajectories/" + opened.text("trajectoryId");
        int goals = 24;

        // Two threads per process, all writing to the same trajectory at once.
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<Response>> sent = new ArrayList<>();
        try {
            for (int i = 0; i < goals; i++) {
                Api api = api(i % 2 == 0 ? commandA : commandB);
                String body = """
                        {"description":"Doel %d","lifeDomain":"HOUSING","startDate":"2026-01-05",
                         "plannedEndDate":"2026-12-31"}""".formatted(i);
                sent.add(threads.submit(() -> api.post(base + "/goals", body)));
            }
            Set<Integer> numbers = new TreeSet<>();
            long highestVersion = 0;
            for (Future<Response> future : sent) {
                Response response = future.get();
                assertThat(response.status()).as(response.toString()).isEqualTo(201);
                numbers.add(response.body().path("goalNumber").asInt());
                highestVersion = Math.max(highestVersion, response.body().path("version").asLong());
            }
            assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, goals).boxed().toList());
            // Opening stores six events (0-5); each goal one more.
            assertThat(highestVersion).isEqualTo(5 + goals);
        } finally {
            threads.shutdownNow();
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode plan = api(query).get(base + "/plan").body();
            List<Integer> projected = StreamSupport.stream(plan.path("goals").spliterator(), false)
                    .map(goal -> goal.path("number").asInt()).toList();
            assertThat(projected).containsExactlyElementsOf(IntStream.rangeClosed(1, goals).boxed().toList());
        });
    }
}
