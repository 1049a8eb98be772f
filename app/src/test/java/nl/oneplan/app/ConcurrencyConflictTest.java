package nl.oneplan.app;

import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.ConflictInjector;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.Registration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command that loses the race for a trajectory against another writer is retried on the newer
 * state; one that keeps losing is answered 409 and leaves nothing of itself behind.
 */
class ConcurrencyConflictTest extends PostgresIntegrationTest {

    private static final String GOAL = """
            {"description":"Schulden op een rij","lifeDomain":"WORK_INCOME_DEBTS",
             "startDate":"2026-01-05","plannedEndDate":"2026-12-31"}""";

    @Autowired
    private CommandBus commandBus;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private JdbcTemplate jdbc;

    private ConflictInjector injector;
    private Registration registration;
    private Api api;
    private String base;
    private String id;

    @BeforeEach
    void setUp() {
        api = api();
        Response opened = api.post("/api/trajectories", """
                {"familyName":"Jansen","municipality":"Gouda","startDate":"2026-01-05",
                 "registration":{"route":"SELF"}}""");
        assertThat(opened.status()).isEqualTo(201);
        id = opened.text("trajectoryId");
        base = "/api/trajectories/" + id;
        injector = new ConflictInjector(dataSource);
        registration = commandBus.registerHandlerInterceptor(injector);
    }

    @AfterEach
    void tearDown() {
        registration.cancel();
    }

    private List<Long> sequenceNumbers() {
        return jdbc.queryForList("SELECT sequencenumber FROM domainevententry WHERE aggregateidentifier = ? "
                + "ORDER BY sequencenumber", Long.class, id);
    }

    private long storedGoals() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND payloadtype = 'nl.oneplan.events.GoalSet'", Long.class, id);
    }

    @Test
    void aCommandThatLosesARaceIsRetriedAndBothChangesAreKept() {
        injector.conflicts(2);

        Response goal = api.post(base + "/goals", GOAL);

        assertThat(goal.status()).as(goal.toString()).isEqualTo(201);
        assertThat(injector.injected()).isEqualTo(2);
        assertThat(goal.text("goalNumber")).isEqualTo("1");
        assertThat(goal.body().path("version").asLong()).isEqualTo(8);
        assertThat(sequenceNumbers()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(storedGoals()).isEqualTo(1);

        Response plan = api.get(base + "/plan", "OnePlan-Consistency-Token", goal.header("OnePlan-Consistency-Token"));
        assertThat(plan.body().path("family").path("address").asText()).isEqualTo(ConflictInjector.INJECTED_ADDRESS);
        assertThat(plan.body().path("goals")).hasSize(1);
    }

    @Test
    void aCommandThatKeepsLosingIsAnsweredWithConflictAndStoresNothing() {
        injector.conflicts(1000);

        Response goal = api.post(base + "/goals", GOAL);

        assertThat(goal.status()).as(goal.toString()).isEqualTo(409);
        assertThat(goal.contentType()).startsWith("application/problem+json");
        assertThat(goal.text("code")).isEqualTo("CONCURRENT_MODIFICATION");
        // The first attempt and five retries (oneplan.commands.max-retries) each lost.
        assertThat(injector.injected()).isEqualTo(6);
        assertThat(storedGoals()).isZero();
        assertThat(sequenceNumbers()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
    }
}
