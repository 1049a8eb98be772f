package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.ProjectedOnce;
import nl.oneplan.app.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;

import static nl.oneplan.app.support.ReportRows.awaitCaughtUp;
import static nl.oneplan.app.support.ReportRows.cell;
import static nl.oneplan.app.support.ReportRows.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two query nodes on one database share each projection's segments and project every event
 * exactly once into the report tables, also when a rebuild runs on both of them.
 */
class TwoQueryNodesTest {

    private static final String YEAR = "period=2026";
    private static final int FAMILIES = 24;

    private static ConfigurableApplicationContext command;
    private static ConfigurableApplicationContext queryOne;
    private static ConfigurableApplicationContext queryTwo;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startProcesses() {
        TestDatabases.Database database = TestDatabases.fresh();
        command = start("command", "command-1", database);
        queryOne = start("query", "query-1", database);
        queryTwo = start("query", "query-2", database);
        jdbc = queryOne.getBean(JdbcTemplate.class);
    }

    @AfterAll
    static void stopProcesses() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[]{queryTwo, queryOne,
                command}) {
            if (context != null) {
                context.close();
            }
        }
    }

    private static ConfigurableApplicationContext start(String roles, String nodeId, TestDatabases.Database database) {
        return new SpringApplicationBuilder(OnePlanApplication.class)
                .run("--oneplan.roles=" + roles,
                        "--oneplan.node-id=" + nodeId,
                        "--server.port=0",
                        "--spring.datasource.url=" + database.url(),
                        "--spring.datasource.username=" + database.user(),
                        "--spring.datasource.password=" + database.password(),
                        "--oneplan.events.fetch-delay=PT0.1S",
                        "--oneplan.reports.minimum-cell=1");
    }

    private static Api api(ConfigurableApplicationContext context, String user) {
        return new Api("http://localhost:" + context.getEnvironment().getProperty("local.server.port"), user);
    }

    @Test
    void bothNodesShareTheSegmentsAndProjectEveryEventExactlyOnce() throws Exception {
        Api analystOne = api(queryOne, "fatima");
        Api analystTwo = api(queryTwo, "fatima");
        awaitSharedByBothNodes(analystOne);

        List<String> trajectories = openFamilies(api(command, "sanne"));
        awaitCaughtUp(analystOne);
        assertExactlyOnce(trajectories);
        JsonNode fromOne = ok(analystOne.get("/api/reports/registrations?" + YEAR)).body();
        JsonNode fromTwo = ok(analystTwo.get("/api/reports/registrations?" + YEAR)).body();
        assertThat(cell(fromOne, "registrationRoute", "SELF", "opened")).isEqualTo(Integer.toString(FAMILIES));
        assertThat(fromTwo.path("rows")).isEqualTo(fromOne.path("rows"));

        // A rebuild asked of one node is carried out by both, and again each event counts once.
        String before = analystOne.get("/api/projections/trajectory-report/rebuild").text("activeProcessor");
        assertThat(analystOne.post("/api/projections/trajectory-report/rebuild", "").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                analystTwo.get("/api/projections/trajectory-report/rebuild").text("state").equals("COMPLETED"));
        assertThat(analystTwo.get("/api/projections/trajectory-report/rebuild").text("activeProcessor"))
                .isNotEqualTo(before);
        awaitCaughtUp(analystTwo);
        assertExactlyOnce(trajectories);
        awaitSharedByBothNodes(analystTwo);
        assertThat(ok(analystTwo.get("/api/reports/registrations?" + YEAR)).body().path("rows"))
                .isEqualTo(fromOne.path("rows"));
    }

    /** Each family: opened, a second professional, one goal and a coordinator handover. */
    private static List<String> openFamilies(Api api) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> opened = new ArrayList<>();
            for (int i = 0; i < FAMILIES; i++) {
                int number = i;
                opened.add(threads.submit(() -> ProjectedOnce.openFamilyWithOneHandover(api, "Knooppunt " + number)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> id : opened) {
                ids.add(id.get());
            }
            return ids;
        } finally {
            threads.shutdownNow();
        }
    }

    /** In the tables reports read, every event once (see {@link ProjectedOnce}), for these families only. */
    private static void assertExactlyOnce(List<String> trajectories) {
        String slot = jdbc.queryForObject("SELECT slot FROM projection_slot WHERE projection = 'trajectory-report' "
                + "AND state = 'ACTIVE'", String.class);
        assertThat(jdbc.queryForList("SELECT DISTINCT aggregateidentifier FROM domainevententry", String.class))
                .containsExactlyInAnyOrderElementsOf(trajectories);
        ProjectedOnce.assertEveryEventOnce(jdbc, slot, FAMILIES);
    }

    /** The active report slot's segments are held by both nodes, half each. */
    private static void awaitSharedByBothNodes(Api analyst) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String active = analyst.get("/api/projections/trajectory-report/rebuild").text("activeProcessor");
            JsonNode status = StreamSupport.stream(analyst.get("/api/projections").body().spliterator(), false)
                    .filter(node -> node.path("name").asText().equals(active)).findFirst().orElseThrow();
            Map<String, Integer> owners = new TreeMap<>();
            status.path("segmentStatus").forEach(segment ->
                    owners.merge(segment.path("owner").asText(), 1, Integer::sum));
            assertThat(owners).isEqualTo(Map.of("query-1", 2, "query-2", 2));
        });
    }
}
