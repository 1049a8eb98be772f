package nl.oneplan.query.projection;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Reads which slot of a projection serves reads and which slots write; every node shares this table. */
@Component
public class ProjectionSlots {

    private static final String COLUMNS = "projection, slot, state, version, build_started_at, build_target, "
            + "build_finished_at, build_outcome, requested_by, last_error, last_error_at, rebuild_requested";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separately;
    private final Clock clock;

    ProjectionSlots(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactionManager);
        separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Notes that a batch of a slot failed, in a transaction of its own (the batch's is rolled back),
     * so every node's status shows it.
     */
    /**
     * Records a failed batch of a slot, for the generation of the slot it ran in: a batch of a build
     * that was cancelled (or replaced by a newer one) meanwhile does not mark the new one as failed.
     */
    public void recordFailure(String projection, String slot, Instant generation, Throwable cause) {
        // The innermost cause names the problem; the outer ones repeat the statement.
        String message = String.valueOf(NestedExceptionUtils.getMostSpecificCause(cause).getMessage());
        Timestamp started = generation == null ? null : Timestamp.from(generation);
        separately.executeWithoutResult(tx -> jdbc.update("UPDATE projection_slot SET last_error = ?, "
                        + "last_error_at = ? WHERE projection = ? AND slot = ? AND (build_started_at = ? "
                        + "OR (build_started_at IS NULL AND CAST(? AS TIMESTAMP WITH TIME ZONE) IS NULL))",
                message.length() > 500 ? message.substring(0, 500) : message, Timestamp.from(clock.instant()),
                projection, slot, started, started));
    }

    public List<ProjectionSlot> of(String projection) {
        return jdbc.query("SELECT " + COLUMNS + " FROM projection_slot WHERE projection = ? ORDER BY slot",
                (rs, row) -> slot(rs), projection);
    }

    /** The same, locked until the surrounding transaction ends: for changing a projection's slots. */
    List<ProjectionSlot> lock(String projection) {
        return jdbc.query("SELECT " + COLUMNS + " FROM projection_slot WHERE projection = ? ORDER BY slot FOR UPDATE",
                (rs, row) -> slot(rs), projection);
    }

    public ProjectionSlot active(String projection) {
        return of(projection).stream().filter(slot -> ProjectionSlot.ACTIVE.equals(slot.state())).findFirst()
                .orElseThrow(() -> new IllegalStateException("projection " + projection + " has no active slot"));
    }

    public boolean writes(String projection, String slot) {
        return of(projection).stream().anyMatch(row -> row.slot().equals(slot) && row.writes());
    }

    /**
     * Opens a processor batch of a slot: whether it writes (a slot that neither serves nor is
     * rebuilt reads along without writing), and if so, a failure of the batch is recorded.
     */
    public boolean openBatch(String projection, String slot) {
        ProjectionSlot current = of(projection).stream().filter(row -> row.slot().equals(slot)).findFirst()
                .orElse(null);
        boolean writes = current != null && current.writes();
        if (writes) {
            ProcessorBatch.onFailure(cause -> recordFailure(projection, slot, current.buildStartedAt(), cause));
        }
        return writes;
    }

    private static ProjectionSlot slot(ResultSet rs) throws SQLException {
        Number target = (Number) rs.getObject(6);
        return new ProjectionSlot(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                instant(rs.getTimestamp(5)), target == null ? null : target.longValue(),
                instant(rs.getTimestamp(7)), rs.getString(8), rs.getString(9), rs.getString(10),
                instant(rs.getTimestamp(11)), rs.getString(12));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
