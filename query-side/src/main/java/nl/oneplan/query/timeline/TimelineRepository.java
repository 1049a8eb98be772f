package nl.oneplan.query.timeline;

import nl.oneplan.query.projection.ProjectionSlots;
import nl.oneplan.query.projection.SlottedProjection;
import nl.oneplan.query.timeline.TimelineEntry.Who;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Storage of the timeline and of the names its entries use. The timeline is slotted (see
 * {@code Rebuilds}): reads use the slot that is active, the projection writes to its own slot.
 */
@Repository
public class TimelineRepository {

    public static final SlottedProjection PROJECTION = new SlottedProjection("timeline",
            List.of("timeline_entry", "timeline_party"));

    /** A row to store: the entry with both descriptions. */
    record Row(UUID trajectoryId, long sequenceNumber, OffsetDateTime occurredAt, String eventType, Who who,
               String correlationId, String dutch, String english) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ProjectionSlots slots;

    public TimelineRepository(JdbcTemplate jdbc, ProjectionSlots slots) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.slots = slots;
    }

    private String active(String table) {
        return PROJECTION.table(table, slots.active(PROJECTION.name()).slot());
    }

    /** The entries of one trajectory, oldest first, in Dutch or English. */
    public List<TimelineEntry> entries(UUID trajectoryId, boolean english) {
        return jdbc.query("SELECT sequence_number, occurred_at, event_type, user_id, user_name, user_role, "
                        + "user_organisation, correlation_id, " + (english ? "description_en" : "description_nl")
                        + " FROM " + active("timeline_entry") + " WHERE trajectory_id = ? ORDER BY sequence_number",
                (rs, row) -> new TimelineEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3), rs.getString(4) == null ? null
                        : new Who(rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)),
                        rs.getString(9), rs.getString(8)),
                trajectoryId);
    }

    /** Sequence number of the trajectory's last entry, or -1 when it has none. */
    public long version(UUID trajectoryId) {
        Long version = jdbc.queryForObject("SELECT max(sequence_number) FROM " + active("timeline_entry")
                + " WHERE trajectory_id = ?", Long.class, trajectoryId);
        return version == null ? -1 : version;
    }

    Map<UUID, Long> versions(String slot, Collection<UUID> trajectoryIds) {
        Map<UUID, Long> versions = new HashMap<>();
        if (!trajectoryIds.isEmpty()) {
            named.query("SELECT trajectory_id, max(sequence_number) FROM " + PROJECTION.table("timeline_entry", slot)
                            + " "
                            + "WHERE trajectory_id IN (:ids) GROUP BY trajectory_id",
                    new MapSqlParameterSource("ids", trajectoryIds),
                    rs -> {
                        versions.put(rs.getObject(1, UUID.class), rs.getLong(2));
                    });
        }
        return versions;
    }

    Map<UUID, Map<UUID, String>> names(String slot, Collection<UUID> trajectoryIds) {
        Map<UUID, Map<UUID, String>> names = new HashMap<>();
        if (!trajectoryIds.isEmpty()) {
            named.query("SELECT trajectory_id, party_id, name FROM " + PROJECTION.table("timeline_party", slot)
                            + " WHERE trajectory_id IN (:ids)",
                    new MapSqlParameterSource("ids", trajectoryIds),
                    rs -> {
                        names.computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashMap<>())
                                .put(rs.getObject(2, UUID.class), rs.getString(3));
                    });
        }
        return names;
    }

    void store(String slot, List<Row> rows, List<Object[]> names) {
        jdbc.batchUpdate("INSERT INTO " + PROJECTION.table("timeline_entry", slot)
                        + " (trajectory_id, sequence_number, occurred_at, event_type, "
                        + "user_id, user_name, user_role, user_organisation, correlation_id, description_nl, "
                        + "description_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows.stream().map(row -> new Object[]{row.trajectoryId(), row.sequenceNumber(),
                        Timestamp.from(row.occurredAt().toInstant()), row.eventType(),
                        row.who() == null ? null : row.who().userId(), row.who() == null ? null : row.who().name(),
                        row.who() == null ? null : row.who().roles(),
                        row.who() == null ? null : row.who().organisation(), row.correlationId(),
                        row.dutch(), row.english()}).toList());
        jdbc.batchUpdate("DELETE FROM " + PROJECTION.table("timeline_party", slot)
                        + " WHERE trajectory_id = ? AND party_id = ?",
                names.stream().map(name -> new Object[]{name[0], name[1]}).toList());
        jdbc.batchUpdate("INSERT INTO " + PROJECTION.table("timeline_party", slot)
                + " (trajectory_id, party_id, name) VALUES (?, ?, ?)", names);
    }
}
