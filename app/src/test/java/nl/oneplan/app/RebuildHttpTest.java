package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static nl.oneplan.app.support.ReportRows.awaitCaughtUp;
import static nl.oneplan.app.support.ReportRows.cell;
import static nl.oneplan.app.support.ReportRows.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rebuild happens beside the version reports read: while it runs and commands keep arriving,
 * every report answer is complete; the new version takes over once it has caught up and equals
 * a rebuild made after the last event.
 */
@TestPropertySource(properties = "oneplan.reports.minimum-cell=1")
class RebuildHttpTest extends PostgresIntegrationTest {

    private static final String YEAR = "period=2026";
    private static final String REBUILD = "/api/projections/trajectory-report/rebuild";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void reportsStayCompleteDuringARebuildUnderLoadAndTheResultEqualsAFreshRebuild() throws Exception {
        Api coordinator = api();
        Api analyst = api("fatima");
        for (int i = 0; i < 30; i++) {
            family(coordinator, i);
        }
        awaitCaughtUp(analyst);
        JsonNode before = ok(analyst.get("/api/reports/registrations?" + YEAR)).body();
        int baseline = Integer.parseInt(cell(before, "registrationRoute", "SELF", "opened"));
        int closedBefore = Integer.parseInt(cell(before, "registrationRoute", "SELF", "closed"));
        int version = before.path("projectionVersion").asInt();
        String serving = analyst.get(REBUILD).text("activeProcessor");
        String spare = serving.endsWith("-a") ? "trajectory-report-b" : "trajectory-report-a";

        Response started = analyst.post(REBUILD, "");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.header("Location")).endsWith(REBUILD);
        assertThat(started.text("state")).isIn("RUNNING", "COMPLETED");
        assertThat(started.body().path("buildingVersion").asInt()).isEqualTo(version + 1);
        Response again = analyst.post(REBUILD, "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("REBUILD_IN_PROGRESS");

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger added = new AtomicInteger();
        CompletableFuture<Void> load = CompletableFuture.runAsync(() -> {
            while (running.get()) {
                family(coordinator, 100 + added.getAndIncrement());
            }
        });
        List<Double> progress = new ArrayList<>();
        List<Integer> versions = new ArrayList<>();
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
                // The status first: once it says COMPLETED, the report read after it is the new version.
                JsonNode status = ok(analyst.get(REBUILD)).body();
                progress.add(status.path("percent").asDouble());
                assertThat(status.path("state").asText()).isIn("RUNNING", "COMPLETED");
                // Every answer during the rebuild is a whole report: never fewer families than before.
                JsonNode report = ok(analyst.get("/api/reports/registrations?" + YEAR)).body();
                int opened = Integer.parseInt(cell(report, "registrationRoute", "SELF", "opened"));
                assertThat(opened).isGreaterThanOrEqualTo(baseline);
                versions.add(report.path("projectionVersion").asInt());
                return status.path("state").asText().equals("COMPLETED") && added.get() >= 10;
            });
        } finally {
            running.set(false);
            load.get();
        }
        assertThat(versions).first().isEqualTo(version);
        assertThat(versions).last().isEqualTo(version + 1);
        assertThat(versions).isSorted();
        assertThat(progress).last().isEqualTo(100.0);
        JsonNode done = analyst.get(REBUILD).body();
        assertThat(done.path("activeVersion").asInt()).isEqualTo(version + 1);
        assertThat(done.path("activeProcessor").asText()).isEqualTo(spare);
        assertThat(done.path("requestedBy").asText()).isEqualTo("fatima");
        assertThat(done.path("eventsPerSecond").asDouble()).isPositive();

        awaitCaughtUp(analyst);
        int families = baseline + added.get();
        JsonNode after = ok(analyst.get("/api/reports/registrations?" + YEAR)).body();
        assertThat(cell(after, "registrationRoute", "SELF", "opened")).isEqualTo(Integer.toString(families));
        long closed = IntStream.range(0, added.get()).filter(k -> (100 + k) % 3 == 0).count() + closedBefore;
        assertThat(cell(after, "registrationRoute", "SELF", "closed")).isEqualTo(Long.toString(closed));
        Map<String, List<Map<String, Object>>> rebuiltUnderLoad = tables(spare.substring(spare.length() - 1));

        // A second rebuild after the last event, back into slot a, gives exactly the same tables.
        assertThat(analyst.post(REBUILD, "").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> analyst.get(REBUILD).text("state").equals("COMPLETED"));
        awaitCaughtUp(analyst);
        assertThat(analyst.get(REBUILD).text("activeProcessor")).isEqualTo(serving);
        assertThat(tables(serving.substring(serving.length() - 1))).isEqualTo(rebuiltUnderLoad);
        JsonNode fresh = ok(analyst.get("/api/reports/registrations?" + YEAR)).body();
        assertThat(fresh.path("projectionVersion").asInt()).isEqualTo(version + 2);
        assertThat(fresh.path("rows")).isEqualTo(after.path("rows"));
    }

    @Test
    void aCancelledRebuildLeavesTheCurrentVersionAndBadRequestsAreRefused() {
        Api admin = api("admin");
        family(api(), 1);
        awaitCaughtUp(admin);
        int version = admin.get(REBUILD).body().path("activeVersion").asInt();

        Response unknown = admin.post("/api/projections/no-such-thing/rebuild", "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("code")).isEqualTo("PROJECTION_NOT_FOUND");
        Response group = admin.post("/api/projections/plan-view-a/rebuild", "");
        assertThat(group.status()).isEqualTo(409);
        assertThat(group.text("code")).isEqualTo("PROJECTION_NOT_REBUILDABLE");
        Response nothingToCancel = admin.delete(REBUILD);
        assertThat(nothingToCancel.status()).isEqualTo(409);
        assertThat(nothingToCancel.text("code")).isEqualTo("NO_REBUILD_RUNNING");

        assertThat(admin.post(REBUILD, "").status()).isEqualTo(202);
        Response cancelled = admin.delete(REBUILD);
        if (cancelled.status() == 409) {
            return; // the small history was rebuilt before the cancel arrived; nothing left to check
        }
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.text("state")).isEqualTo("CANCELLED");
        assertThat(cancelled.body().path("activeVersion").asInt()).isEqualTo(version);
        JsonNode report = ok(api("fatima").get("/api/reports/registrations?" + YEAR)).body();
        assertThat(report.path("projectionVersion").asInt()).isEqualTo(version);
        assertThat(Integer.parseInt(cell(report, "registrationRoute", "SELF", "opened"))).isPositive();
    }

    @Test
    void aFailingRebuildLeavesTheCurrentVersionServing() {
        Api analyst = api("fatima");
        family(api(), 2);
        awaitCaughtUp(analyst);
        JsonNode before = analyst.get(REBUILD).body();
        String target = before.path("activeProcessor").asText().endsWith("-a") ? "b" : "a";
        // The database refuses every row of the new version, as a full disk or a bad migration would.
        jdbc.execute("CREATE OR REPLACE FUNCTION refuse_row() RETURNS trigger AS $$ BEGIN "
                + "RAISE EXCEPTION 'refused for the test'; END $$ LANGUAGE plpgsql");
        jdbc.execute("CREATE TRIGGER refuse_rows BEFORE INSERT ON trajectory_report_" + target
                + " FOR EACH ROW EXECUTE FUNCTION refuse_row()");
        try {
            assertThat(analyst.post(REBUILD, "").status()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(20)).until(() -> analyst.get(REBUILD).text("state").equals("ERROR"));
            assertThat(analyst.get(REBUILD).text("error")).contains("refused for the test");
            JsonNode report = ok(analyst.get("/api/reports/registrations?" + YEAR)).body();
            assertThat(report.path("projectionVersion").asInt()).isEqualTo(before.path("activeVersion").asInt());
            assertThat(Integer.parseInt(cell(report, "registrationRoute", "SELF", "opened"))).isPositive();

            Response cancelled = analyst.delete(REBUILD);
            assertThat(cancelled.status()).isEqualTo(200);
            assertThat(cancelled.text("state")).isEqualTo("CANCELLED");
            assertThat(cancelled.text("activeProcessor")).isEqualTo(before.path("activeProcessor").asText());
        } finally {
            jdbc.execute("DROP TRIGGER refuse_rows ON trajectory_report_" + target);
        }
    }

    @Test
    void rebuildingAllRebuildsPlansTimelineAndLedgerBesideTheVersionsInUse() {
        Api sanne = api();
        Response opened = ok(sanne.post("/api/trajectories", """
                {"familyName":"Alles","municipality":"Gouda","startDate":"2026-02-02","registration":{"route":"SELF"}}"""));
        String base = "/api/trajectories/" + opened.text("trajectoryId");
        String child = ok(sanne.post(base + "/members", """
                {"name":"Daan Jansen","dateOfBirth":"2016-09-12","role":"CHILD"}""")).text("memberId");
        String school = ok(sanne.post(base + "/participants", """
                {"name":"Marloes Kok","kind":"PROFESSIONAL","organisation":"Basisschool De Regenboog"}"""))
                .text("participantId");
        // Without consent the attempt is refused, and the ledger records it.
        Response refused = sanne.post(base + "/disclosures", """
                {"recipient":{"participantId":"%s"},"aboutMemberIds":["%s"],"categories":[{"type":"GOALS"}],
                 "purpose":{"code":"CARE_COORDINATION"},"channel":"EMAIL"}""".formatted(school, child));
        assertThat(refused.status()).isEqualTo(403);
        Api officer = api("pieter");
        Api admin = api("admin");
        String ledgerSearch = "/api/disclosures?organisation=Basisschool%20De%20Regenboog";
        await().atMost(Duration.ofSeconds(20)).until(() -> ok(officer.get(ledgerSearch)).body().size() == 1);
        String ledger = officer.get(ledgerSearch).raw().body();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Response read = sanne.get(base + "/timeline");
            return read.status() == 200 && read.raw().body().contains("DisclosureRefused");
        });
        String timeline = sanne.get(base + "/timeline").raw().body();
        String plan = ok(sanne.get(base + "/plan")).raw().body();

        Response all = admin.post("/api/projections/rebuild", "");
        assertThat(all.status()).isEqualTo(202);
        assertThat(StreamSupport.stream(all.body().spliterator(), false)
                .map(status -> status.path("projection").asText()))
                .containsExactlyInAnyOrder("trajectory-report", "timeline", "disclosure-ledger", "plan-view");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            // Throughout, the ledger and the timeline answer in full.
            assertThat(officer.get(ledgerSearch).raw().body()).isEqualTo(ledger);
            assertThat(sanne.get(base + "/timeline").raw().body()).isEqualTo(timeline);
            assertThat(sanne.get(base + "/plan").raw().body()).isEqualTo(plan);
            JsonNode statuses = ok(admin.get("/api/projections/rebuild")).body();
            return StreamSupport.stream(statuses.spliterator(), false)
                    .allMatch(status -> status.path("state").asText().equals("COMPLETED"));
        });
        assertThat(ok(admin.get("/api/projections/timeline/rebuild")).body().path("activeVersion").asInt())
                .isGreaterThan(1);
        assertThat(officer.get(ledgerSearch).raw().body()).isEqualTo(ledger);
        assertThat(sanne.get(base + "/timeline").raw().body()).isEqualTo(timeline);
        assertThat(sanne.get(base + "/plan").raw().body()).isEqualTo(plan);
    }

    @Test
    void aRebuildAMigrationAsksForStartsByItself() {
        Api analyst = api("fatima");
        family(api(), 3);
        awaitCaughtUp(analyst);
        await().atMost(Duration.ofSeconds(60)).until(() -> !analyst.get(REBUILD).text("state").equals("RUNNING"));
        int version = analyst.get(REBUILD).body().path("activeVersion").asInt();

        // What a migration that adds a report column does: it cannot fill the history, so it asks.
        jdbc.update("UPDATE projection_slot SET rebuild_requested = 'V99: a new report column' "
                + "WHERE projection = 'trajectory-report' AND state = 'ACTIVE'");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode status = analyst.get(REBUILD).body();
            assertThat(status.path("state").asText()).isEqualTo("COMPLETED");
            assertThat(status.path("activeVersion").asInt()).isEqualTo(version + 1);
            assertThat(status.path("requestedBy").asText()).isEqualTo("migration (V99: a new report column)");
        });
        assertThat(jdbc.queryForObject("SELECT count(*) FROM projection_slot WHERE rebuild_requested IS NOT NULL",
                Integer.class)).isZero();
    }

    /** Opens a family; every third closes, and each has a goal, so several report tables fill. */
    private static void family(Api api, int number) {
        Response opened = ok(api.post("/api/trajectories", """
                {"familyName":"Herbouw %d","municipality":"Gouda","startDate":"2026-02-02",
                 "registration":{"route":"SELF"}}""".formatted(number)));
        String base = "/api/trajectories/" + opened.text("trajectoryId");
        ok(api.post(base + "/goals", """
                {"description":"Rust in huis","lifeDomain":"EDUCATION_AND_UPBRINGING","startDate":"2026-02-03",
                 "plannedEndDate":"2026-06-30"}"""));
        if (number % 3 == 0) {
            ok(api.post(base + "/closure-proposal", "{\"reason\":\"MOVED\",\"proposedOn\":\"2026-03-10\"}"));
            ok(api.post(base + "/closure", """
                    {"closedOn":"2026-03-11","explanation":"Verhuisd naar een andere gemeente"}"""));
        }
    }

    /** Every row of a slot's report tables, in a stable order. */
    private Map<String, List<Map<String, Object>>> tables(String slot) {
        return Map.of(
                "trajectories", jdbc.queryForList("SELECT * FROM trajectory_report_" + slot
                        + " ORDER BY trajectory_id"),
                "goals", jdbc.queryForList("SELECT * FROM goal_report_" + slot
                        + " ORDER BY trajectory_id, goal_number"),
                "agreements", jdbc.queryForList("SELECT * FROM agreement_report_" + slot
                        + " ORDER BY trajectory_id, agreement_number"));
    }
}
