package nl.oneplan.query.projection;

import org.axonframework.eventhandling.DomainEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Writes a projection's processor batch so that one family's rows the database refuses (a value
 * too long for its column, a broken constraint) never fail the batch of every family with it: the
 * batch is written at once behind a savepoint, and only if that fails, family by family, each
 * behind its own savepoint; a family whose rows are refused is parked in {@link DeadLetters} from
 * its first event in the batch. A database that does not answer is no reason to park anyone, nor
 * is one that refuses every family of a batch: the batch fails and is retried, as it should.
 */
@Component
public class BatchWrites {

    /** Writes the rows of the batch that belong to the trajectories the filter accepts. */
    @FunctionalInterface
    public interface Writer<B> {
        void write(B batch, Predicate<UUID> trajectories);
    }

    private static final Logger LOG = LoggerFactory.getLogger(BatchWrites.class);
    /** SQL state classes of a database that is away or busy, not of a row it refuses. */
    private static final Set<String> TRANSIENT_STATES = Set.of("08", "40", "53", "57", "58", "HY");

    private final JdbcTemplate jdbc;
    private final DeadLetters deadLetters;

    BatchWrites(JdbcTemplate jdbc, DeadLetters deadLetters) {
        this.jdbc = jdbc;
        this.deadLetters = deadLetters;
    }

    /**
     * The state of the current processor batch of a projection slot, opened with the trajectories
     * the batch touches and written once before the batch commits.
     */
    public <B> B current(String projection, String slot, Function<Set<UUID>, B> open, Writer<B> writer) {
        return ProcessorBatch.current(projection + "-" + slot + ".batch", open,
                batch -> write(projection, slot, batch, writer));
    }

    private <B> void write(String projection, String slot, B batch, Writer<B> writer) {
        if (DeadLetters.retrying()) {
            // A retry the administrator asked for says why it failed instead of parking again.
            writer.write(batch, trajectory -> true);
            return;
        }
        Savepoint all = savepoint();
        if (all == null) {
            // Outside a transaction (a projection tried on its own) there is nothing to fall back to.
            writer.write(batch, trajectory -> true);
            return;
        }
        RuntimeException refused;
        try {
            writer.write(batch, trajectory -> true);
            release(all);
            return;
        } catch (RuntimeException failure) {
            if (isTransient(failure)) {
                throw failure;
            }
            rollback(all);
            refused = failure;
        }
        LOG.warn("Projection {} (slot {}) could not write a batch ({}); writing it family by family", projection,
                slot, refused.getMessage());
        Map<UUID, DomainEventMessage<?>> families = ProcessorBatch.firstEvents();
        Map<DomainEventMessage<?>, RuntimeException> refusals = new LinkedHashMap<>();
        for (Map.Entry<UUID, DomainEventMessage<?>> first : families.entrySet()) {
            Savepoint one = savepoint();
            try {
                writer.write(batch, first.getKey()::equals);
                release(one);
            } catch (RuntimeException failure) {
                if (isTransient(failure)) {
                    throw failure;
                }
                rollback(one);
                refusals.put(first.getValue(), failure);
            }
        }
        if (families.size() > 1 && refusals.size() == families.size()) {
            // Every family refused is not about their data (a table gone, a trigger, a bad migration): stop and retry.
            throw refused;
        }
        refusals.forEach((event, failure) -> deadLetters.park(projection, slot,
                UUID.fromString(event.getAggregateIdentifier()), event.getSequenceNumber(),
                event.getPayloadType().getName(), failure));
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotGetJdbcConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2
                    && TRANSIENT_STATES.contains(sql.getSQLState().substring(0, 2))) {
                return true;
            }
        }
        return false;
    }

    private Savepoint savepoint() {
        return jdbc.execute((ConnectionCallback<Savepoint>) connection ->
                connection.getAutoCommit() ? null : connection.setSavepoint());
    }

    private void release(Savepoint savepoint) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            connection.releaseSavepoint(savepoint);
            return null;
        });
    }

    private void rollback(Savepoint savepoint) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            connection.rollback(savepoint);
            return null;
        });
    }
}
