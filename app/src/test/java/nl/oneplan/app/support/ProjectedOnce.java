package nl.oneplan.app.support;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether every event reached a report slot exactly once: one row per trajectory in the store at
 * its last event, exactly one handover each (a counter a repeated event would double), and the
 * goals counted once. For tests whose families each had one coordinator handover.
 */
public final class ProjectedOnce {

    private ProjectedOnce() {
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
