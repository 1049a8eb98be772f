package nl.oneplan.query.access;

import nl.oneplan.events.ActingUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The append-only log of who read which family's data, when, and through which view. */
@Component
public class AccessLog {

    /** One read. */
    public record Entry(UUID entryId, Instant readAt, String userId, String userName, String userRole,
                        String userOrganisation, UUID trajectoryId, String view, String basis) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AccessLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A read on the ground of the reader's basis alone (coordinator, audit). */
    public void record(TrajectoryReadPolicy.Reader reader, UUID trajectoryId, String view) {
        record(reader, trajectoryId, view, reader.basis().name());
    }

    public void record(TrajectoryReadPolicy.Reader reader, UUID trajectoryId, String view, String basis) {
        ActingUser user = reader.user();
        jdbc.update("INSERT INTO access_log (entry_id, read_at, user_id, user_name, user_role, user_organisation, "
                        + "trajectory_id, view_name, basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(),
                Timestamp.from(clock.instant()), user.userId(), user.displayName(), user.rolesText(),
                user.organisation(), trajectoryId, view, basis);
    }

    public List<Entry> of(UUID trajectoryId) {
        return jdbc.query("SELECT entry_id, read_at, user_id, user_name, user_role, user_organisation, trajectory_id, "
                        + "view_name, basis FROM access_log WHERE trajectory_id = ? ORDER BY read_at, entry_id",
                (rs, row) -> new Entry(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getObject(7, UUID.class), rs.getString(8), rs.getString(9)), trajectoryId);
    }
}
