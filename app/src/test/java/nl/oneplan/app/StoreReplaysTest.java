package nl.oneplan.app;

import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.ProjectedOnce;
import nl.oneplan.app.support.TestDatabases;
import nl.oneplan.query.projection.ProjectionSlots;
import nl.oneplan.query.projection.Rebuilds;
import nl.oneplan.query.projection.SlotProcessors;
import nl.oneplan.query.projection.StoreReplays;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static nl.oneplan.app.support.ReportRows.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The store reader that replays history into projections: a query node started on a store with
 * history replays it with the reader, not event by event, and then its processors go on live; a
 * replay left by a node that went away waits for its claim to expire and is then taken over.
 * The query node checks its slots only when the test says so, so each step can be watched.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoreReplaysTest {

    private static final int FAMILIES = 6;
    private static final List<String> ACTIVE = List.of("disclosure-ledger-a", "plan-view-a", "timeline-a",
            "trajectory-report-a");

    private static ConfigurableApplicationContext command;
    private static ConfigurableApplicationContext query;
    private static JdbcTemplate jdbc;
    private static List<String> trajectories;

    @BeforeAll
    static void historyThenQueryNode() {
        TestDatabases.Database database = TestDatabases.fresh();
        command = start("command", database);
        Api sanne = api(command, "sanne");
        trajectories = new ArrayList<>();
        for (int i = 0; i < FAMILIES; i++) {
            trajectories.add(ProjectedOnce.openFamilyWithOneHandover(sanne, "Herhaling " + i));
        }
        query = start("query", database);
        jdbc = query.getBean(JdbcTemplate.class);
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[]{query, command}) {
            if (context != null) {
                context.close();
            }
        }
    }

    @Test
    @Order(1)
    void aQueryNodeStartedOnAStoreWithHistoryReplaysItWithTheReaderAndThenGoesOnLive() {
        long head = head();
        StoreReplays replays = query.getBean(StoreReplays.class);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(replays.finished().stream()
                .filter(replay -> replay.to() >= head).map(StoreReplays.Replay::processor).sorted().toList())
                .isEqualTo(ACTIVE));
        replays.finished().forEach(replay -> {
            assertThat(replay.from()).isEqualTo(-1);
            assertThat(replay.events()).as(replay.processor()).isEqualTo(eventCount());
        });
        assertThat(owners()).as("released to the processors")
                .noneMatch(owner -> owner != null && owner.startsWith("oneplan-replay"));
        assertExactlyOnce("a", 1);

        // The plan and its timeline came from the replay, each event once; Ahmed coordinates since the handover.
        Api ahmed = api(query, "ahmed");
        String first = "/api/trajectories/" + trajectories.get(0);
        assertThat(ok(ahmed.get(first + "/plan")).body().path("goals")).hasSize(1);
        assertThat(ok(ahmed.get(first + "/timeline")).body()).hasSize(eventsOf(trajectories.get(0)));

        // Commands after the replay reach the plan through the processors as usual.
        ok(api(command, "ahmed").post(first + "/goals", """
                {"description":"Vaste dagritme","lifeDomain":"HOUSING","startDate":"2026-04-01",
                 "plannedEndDate":"2026-07-31"}"""));
        query.getBean(SlotProcessors.class).reconcile();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(ok(ahmed.get(first + "/plan")).body().path("goals")).hasSize(2));
    }

    @Test
    @Order(2)
    void aReplayLeftByANodeThatWentAwayIsTakenOverOnceItsClaimHasExpired() {
        Rebuilds rebuilds = query.getBean(Rebuilds.class);
        StoreReplays replays = query.getBean(StoreReplays.class);
        rebuilds.start("trajectory-report", "test");
        // As if another node had claimed the replay and then stopped renewing its claim.
        jdbc.update("UPDATE tokenentry SET owner = 'oneplan-replay@gone', timestamp = ? "
                + "WHERE processorname = 'trajectory-report-b'", DateTimeUtils.formatInstant(Instant.now()));

        replays.startWaiting();
        assertThat(owners("trajectory-report-b")).containsOnly("oneplan-replay@gone");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM trajectory_report_b", Integer.class)).isZero();

        jdbc.update("UPDATE tokenentry SET timestamp = ? WHERE processorname = 'trajectory-report-b'",
                DateTimeUtils.formatInstant(Instant.now().minus(Duration.ofHours(1))));
        replays.startWaiting();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            rebuilds.completeCaughtUp();
            assertThat(rebuilds.status("trajectory-report").state()).isEqualTo("COMPLETED");
        });
        assertThat(query.getBean(ProjectionSlots.class).active("trajectory-report").slot()).isEqualTo("b");
        assertThat(replays.finished().stream().filter(replay -> replay.processor().equals("trajectory-report-b"))
                .findFirst().orElseThrow().to()).isEqualTo(head());
        assertExactlyOnce("b", 2);
    }

    private static ConfigurableApplicationContext start(String roles, TestDatabases.Database database) {
        return new SpringApplicationBuilder(OnePlanApplication.class)
                .run("--oneplan.roles=" + roles,
                        "--oneplan.node-id=" + roles + "-1",
                        "--server.port=0",
                        "--spring.datasource.url=" + database.url(),
                        "--spring.datasource.username=" + database.user(),
                        "--spring.datasource.password=" + database.password(),
                        "--oneplan.events.fetch-delay=PT0.1S",
                        // Slots are checked once at start, then when the test calls for it.
                        "--oneplan.rebuilds.check-interval=PT1H",
                        "--oneplan.rebuilds.page-size=7");
    }

    private static Api api(ConfigurableApplicationContext context, String user) {
        return new Api("http://localhost:" + context.getEnvironment().getProperty("local.server.port"), user);
    }

    private static void assertExactlyOnce(String slot, int goalsOfTheFirst) {
        ProjectedOnce.assertEveryEventOnce(jdbc, slot, FAMILIES - 1 + goalsOfTheFirst);
    }

    private static long head() {
        return jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
    }

    private static long eventCount() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    private static int eventsOf(String trajectoryId) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
                Integer.class, trajectoryId);
    }

    private static List<String> owners() {
        return ACTIVE.stream().flatMap(processor -> owners(processor).stream()).collect(Collectors.toList());
    }

    private static List<String> owners(String processor) {
        return jdbc.query("SELECT owner FROM tokenentry WHERE processorname = ?", (rs, row) -> rs.getString(1),
                processor);
    }
}
