package nl.oneplan.app.support;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.TreeMap;

import static nl.oneplan.app.support.ReportRows.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether every event reached a report slot exactly once: one row per trajectory in the store at
 * its last event, exactly one handover each (a counter a repeated event would double), and the
 * goals counted once. For tests whose families each had one coordinator handover.
 */
public final class ProjectedOnce {

    private ProjectedOnce() {
    }

    /**
     * A family in the shape this check expects: opened, a second professional, one goal and one
     * coordinator handover. Returns the trajectory id.
     */
    public static String openFamilyWithOneHandover(Api api, String familyName) {
        Api.Response opened = ok(api.post("/api/trajectories", """
                {"familyName":"%s","municipality":"Gouda","startDate":"2026-03-02",
                 "registration":{"route":"SELF"}}""".formatted(familyName)));
        String base = "/api/trajectories/" + opened.text("trajectoryId");
        String second = ok(api.post(base + "/participants", """
                {"name":"Ahmed Yilmaz","kind":"PROFESSIONAL","organisation":"Wijkteam Gouda","userId":"ahmed"}"""))
                .text("participantId");
        ok(api.put(base + "/coordinator", "{\"participantId\":\"" + opened.text("participantId") + "\"}"));
        ok(api.post(base + "/goals", """
                {"description":"Rust in huis","lifeDomain":"HOUSING","startDate":"2026-03-03",
                 "plannedEndDate":"2026-06-30"}"""));
        ok(api.post(base + "/coordinator-handover", """
                {"participantId":"%s","reason":"Ziekte","handoverDate":"2026-03-20","familyInformed":true}"""
                .formatted(second)));
        return opened.text("trajectoryId");
    }

    public static void assertEveryEventOnce(JdbcTemplate jdbc, String slot, int goals) {
        Map<String, Long> lastEvent = new TreeMap<>();
        jdbc.query("SELECT aggregateidentifier, max(sequencenumber) FROM domainevententry GROUP BY aggregateidentifier",
                rs -> {
                    lastEvent.put(rs.getString(1), rs.getLong(2));
                });
        Map<String, Long> projected = new TreeMap<>();
        jdbc.query("SELECT trajectory_id, version, handovers FROM trajectory_report_" + slot, rs -> {
            assertThat(rs.getInt(3)).as("handovers of " + rs.getString(1)).isEqualTo(1);
            projected.put(rs.getString(1), rs.getLong(2));
        });
        assertThat(projected).isEqualTo(lastEvent);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM goal_report_" + slot, Integer.class)).isEqualTo(goals);
    }
}
