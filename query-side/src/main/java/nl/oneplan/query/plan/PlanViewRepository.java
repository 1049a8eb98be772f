package nl.oneplan.query.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.oneplan.query.projection.ProjectionSlots;
import nl.oneplan.query.projection.SlottedProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Storage of the plan view: one row per trajectory with the plan as a JSON document and the
 * columns the trajectory list needs. Plain SQL that PostgreSQL and the embedded H2 both run.
 * Slotted (see {@code Rebuilds}): reads use the active slot, the projection writes its own.
 */
@Repository
public class PlanViewRepository {

    public static final SlottedProjection PROJECTION = new SlottedProjection("plan-view",
            List.of("plan_view", "plan_view_access"));

    private static final String COLUMNS = "trajectory_id, version, family_name, municipality, coordinator_name, "
            + "opened_on, status, document, coordinator_user_id";
    private static final String SUMMARY_COLUMNS = "SELECT trajectory_id, family_name, municipality, "
            + "coordinator_name, opened_on, status, version FROM ";
    private static final RowMapper<TrajectorySummary> SUMMARY = (rs, row) -> new TrajectorySummary(
            rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getObject(5, LocalDate.class), rs.getString(6), rs.getLong(7));

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    // Own mapper: the stored document must not change shape when web settings change.
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final ProjectionSlots slots;

    public PlanViewRepository(JdbcTemplate jdbc, ProjectionSlots slots) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.slots = slots;
    }

    private String active(String table) {
        return PROJECTION.table(table, slots.active(PROJECTION.name()).slot());
    }

    public Optional<PlanView> find(UUID trajectoryId) {
        return jdbc.query("SELECT document FROM " + active("plan_view") + " WHERE trajectory_id = ?",
                (rs, row) -> read(rs.getString(1)), trajectoryId).stream().findFirst();
    }

    /** The stored versions of the given trajectories in a slot, in one query. */
    Map<UUID, PlanView> findAll(String slot, Collection<UUID> trajectoryIds) {
        Map<UUID, PlanView> found = new HashMap<>();
        if (trajectoryIds.isEmpty()) {
            return found;
        }
        named.query("SELECT document FROM " + PROJECTION.table("plan_view", slot) + " WHERE trajectory_id IN (:ids)",
                new MapSqlParameterSource("ids", trajectoryIds),
                rs -> {
                    PlanView view = read(rs.getString(1));
                    found.put(view.trajectoryId(), view);
                });
        return found;
    }

    /** Version of the trajectory's plan view, or -1 when it has none yet. */
    public long version(UUID trajectoryId) {
        return jdbc.query("SELECT version FROM " + active("plan_view") + " WHERE trajectory_id = ?",
                (rs, row) -> rs.getLong(1), trajectoryId).stream().findFirst().orElse(-1L);
    }

    /** What a list of trajectories is narrowed to: all optional; {@code search} is part of the family name. */
    public record Filter(String search, String municipality, List<String> statuses) {
    }

    /** One page of a list, and how many there are in all. */
    public record Page(List<TrajectorySummary> items, long total) {
    }

    /**
     * The trajectories a user acts in (or, with {@code userId} null, all of them) that pass the
     * filter, newest first, one page at a time.
     */
    public Page page(String userId, Filter filter, int page, int size) {
        String slot = slots.active(PROJECTION.name()).slot();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new java.util.ArrayList<>();
        if (userId != null) {
            where.append(" AND trajectory_id IN (SELECT trajectory_id FROM ")
                    .append(PROJECTION.table("plan_view_access", slot)).append(" WHERE user_id = ?)");
            args.add(userId);
        }
        if (filter.search() != null) {
            where.append(" AND lower(family_name) LIKE ? ESCAPE '\\'");
            args.add("%" + filter.search().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.municipality() != null) {
            where.append(" AND lower(municipality) = ?");
            args.add(filter.municipality().toLowerCase(java.util.Locale.ROOT));
        }
        if (!filter.statuses().isEmpty()) {
            where.append(" AND status IN (").append(String.join(", ", filter.statuses().stream().map(status -> "?")
                    .toList())).append(")");
            args.addAll(filter.statuses());
        }
        String table = PROJECTION.table("plan_view", slot);
        Long total = jdbc.queryForObject("SELECT count(*) FROM " + table + where, Long.class, args.toArray());
        List<TrajectorySummary> items = jdbc.query(SUMMARY_COLUMNS + table + where
                + " ORDER BY opened_on DESC, family_name, trajectory_id LIMIT " + size + " OFFSET " + (long) page * size,
                SUMMARY, args.toArray());
        return new Page(items, total == null ? 0 : total);
    }

    public Optional<TrajectorySummary> summary(UUID trajectoryId) {
        return jdbc.query(SUMMARY_COLUMNS + active("plan_view") + " WHERE trajectory_id = ?", SUMMARY, trajectoryId)
                .stream().findFirst();
    }

    /** Writes new and changed views, and who may read them, with batched statements. */
    void store(String slot, Collection<PlanView> inserts, Collection<PlanView> updates) {
        String plans = PROJECTION.table("plan_view", slot);
        String access = PROJECTION.table("plan_view_access", slot);
        List<PlanView> changed = new ArrayList<>(inserts);
        changed.addAll(updates);
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO " + plans + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    inserts.stream().map(view -> new Object[]{view.trajectoryId(), view.version(),
                            view.familyName(), view.municipality(), coordinatorName(view), date(view.startDate()),
                            view.status(), write(view), view.coordinatorUserId()}).toList());
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("UPDATE " + plans + " SET version = ?, family_name = ?, municipality = ?, "
                            + "coordinator_name = ?, opened_on = ?, status = ?, document = ?, coordinator_user_id = ? "
                            + "WHERE trajectory_id = ?",
                    updates.stream().map(view -> new Object[]{view.version(), view.familyName(), view.municipality(),
                            coordinatorName(view), date(view.startDate()), view.status(), write(view),
                            view.coordinatorUserId(), view.trajectoryId()}).toList());
        }
        if (!changed.isEmpty()) {
            named.update("DELETE FROM " + access + " WHERE trajectory_id IN (:ids)",
                    new MapSqlParameterSource("ids", changed.stream().map(PlanView::trajectoryId).toList()));
            List<Object[]> links = new ArrayList<>();
            for (PlanView view : changed) {
                view.accounts().forEach((participant, user) ->
                        links.add(new Object[]{view.trajectoryId(), participant, user}));
            }
            jdbc.batchUpdate("INSERT INTO " + access + " (trajectory_id, participant_id, user_id) VALUES (?, ?, ?)",
                    links);
        }
    }

    /** The plans of the trajectories the user acts in as a participant. */
    public List<PlanView> involving(String userId) {
        String slot = slots.active(PROJECTION.name()).slot();
        return jdbc.query("SELECT document FROM " + PROJECTION.table("plan_view", slot) + " WHERE trajectory_id IN "
                + "(SELECT trajectory_id FROM " + PROJECTION.table("plan_view_access", slot) + " WHERE user_id = ?)",
                (rs, row) -> read(rs.getString(1)), userId);
    }

    /** Whether the user acts as a participant of the trajectory. */
    public boolean isInvolved(UUID trajectoryId, String userId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT count(*) > 0 FROM " + active("plan_view_access")
                + " WHERE trajectory_id = ? AND user_id = ?", Boolean.class, trajectoryId, userId));
    }

    private static String coordinatorName(PlanView view) {
        return view.coordinator() == null ? null : view.coordinator().name();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private String write(PlanView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plan view of " + view.trajectoryId() + " cannot be written", e);
        }
    }

    private PlanView read(String document) {
        try {
            return json.readValue(document, PlanView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored plan view cannot be read", e);
        }
    }
}
