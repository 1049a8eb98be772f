package nl.oneplan.query.reports;

import nl.oneplan.events.TrajectoryClosed;
import nl.oneplan.events.TrajectoryOpened;
import nl.oneplan.events.TrajectoryReopened;
import nl.oneplan.query.projection.ProcessorBatch;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The facts reports count, one row per trajectory and nothing personal: municipality,
 * registration route, when it opened and closed, why, and whether the family evaluated it.
 * Batched and idempotent like the other projections.
 */
@Component
@ProcessingGroup(TrajectoryReportProjection.PROCESSING_GROUP)
public class TrajectoryReportProjection {

    public static final String PROCESSING_GROUP = "trajectory-report";
    private static final String BATCH_RESOURCE = TrajectoryReportProjection.class.getName() + ".batch";

    /** A trajectory as reports see it. */
    record Row(UUID trajectoryId, long version, String municipality, String route, LocalDate openedOn,
               LocalDate closedOn, String closureReason, Boolean withoutFinalEvaluation) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    TrajectoryReportProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @EventHandler
    void on(TrajectoryOpened event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, row -> new Row(event.trajectoryId(), 0, event.municipality(),
                event.registration().route().name(), event.startDate(), null, null, null));
    }

    @EventHandler
    void on(TrajectoryClosed event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, row -> new Row(row.trajectoryId(), 0, row.municipality(), row.route(),
                row.openedOn(), event.closedOn(), event.reason().name(), event.withoutFinalEvaluation()));
    }

    @EventHandler
    void on(TrajectoryReopened event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, row -> new Row(row.trajectoryId(), 0, row.municipality(), row.route(),
                row.openedOn(), null, null, null));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM trajectory_report");
    }

    private void change(UUID trajectoryId, DomainEventMessage<?> message, UnaryOperator<Row> change) {
        Batch batch = ProcessorBatch.current(BATCH_RESOURCE, this::load, this::write);
        Row current = batch.rows.get(trajectoryId);
        if (current != null && message.getSequenceNumber() <= current.version()) {
            return;
        }
        Row changed = change.apply(current);
        batch.rows.put(trajectoryId, new Row(changed.trajectoryId(), message.getSequenceNumber(),
                changed.municipality(), changed.route(), changed.openedOn(), changed.closedOn(),
                changed.closureReason(), changed.withoutFinalEvaluation()));
        batch.changed.add(trajectoryId);
    }

    private record Batch(Map<UUID, Row> rows, Set<UUID> changed) {
    }

    private Batch load(Set<UUID> trajectories) {
        Map<UUID, Row> rows = new LinkedHashMap<>();
        if (!trajectories.isEmpty()) {
            named.query("SELECT trajectory_id, version, municipality, registration_route, opened_on, closed_on, "
                            + "closure_reason, without_final_evaluation FROM trajectory_report "
                            + "WHERE trajectory_id IN (:ids)", new MapSqlParameterSource("ids", trajectories),
                    rs -> {
                        Row row = new Row(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7),
                                (Boolean) rs.getObject(8));
                        rows.put(row.trajectoryId(), row);
                    });
        }
        return new Batch(rows, new LinkedHashSet<>());
    }

    private void write(Batch batch) {
        List<Row> rows = batch.changed().stream().map(batch.rows()::get).toList();
        jdbc.batchUpdate("DELETE FROM trajectory_report WHERE trajectory_id = ?",
                rows.stream().map(row -> new Object[]{row.trajectoryId()}).toList());
        jdbc.batchUpdate("INSERT INTO trajectory_report (trajectory_id, version, municipality, registration_route, "
                        + "opened_on, closed_on, closure_reason, without_final_evaluation) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows.stream().map(row -> new Object[]{row.trajectoryId(), row.version(), row.municipality(),
                        row.route(), Date.valueOf(row.openedOn()), row.closedOn() == null ? null
                        : Date.valueOf(row.closedOn()), row.closureReason(), row.withoutFinalEvaluation()}).toList());
    }
}
