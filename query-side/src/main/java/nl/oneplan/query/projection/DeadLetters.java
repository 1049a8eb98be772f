package nl.oneplan.query.projection;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Trajectories a projection slot could not project, parked so that one bad event never holds up
 * the other families. A parked trajectory's later events in that slot are skipped (and counted)
 * until a rebuild of the projection starts the slot afresh. Every node reads the rows, so a
 * segment that moves to another node keeps the trajectory parked.
 */
@Component
public class DeadLetters {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    /** One parked trajectory. */
    public record DeadLetter(String projection, String slot, UUID trajectoryId, long sequenceNumber,
                             String eventType, String error, Instant since, long skipped) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** Parked by this node (kept until a rebuild clears it), and as the table says (read again and again). */
    private final Set<String> parkedHere = ConcurrentHashMap.newKeySet();
    private final Set<String> parked = ConcurrentHashMap.newKeySet();

    DeadLetters(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static String key(String projection, String slot, UUID trajectoryId) {
        return projection + "/" + slot + "/" + trajectoryId;
    }

    public boolean isParked(String projection, String slot, UUID trajectoryId) {
        String key = key(projection, slot, trajectoryId);
        return parkedHere.contains(key) || parked.contains(key);
    }

    /**
     * Parks the trajectory in the transaction of the batch that met the failure, so it commits with
     * the tokens. Parked already (a handler failed earlier in the same batch), it stays parked from
     * the earlier of the two events.
     */
    void park(String projection, String slot, UUID trajectoryId, long sequenceNumber, String eventType,
              Throwable failure) {
        String error = describe(failure);
        jdbc.update("UPDATE projection_dead_letter SET sequence_number = ?, event_type = ?, error = ? "
                        + "WHERE projection = ? AND slot = ? AND trajectory_id = ? AND sequence_number > ?",
                sequenceNumber, eventType, error, projection, slot, trajectoryId, sequenceNumber);
        jdbc.update("INSERT INTO projection_dead_letter (projection, slot, trajectory_id, sequence_number, "
                        + "event_type, error, since, skipped) SELECT ?, ?, ?, ?, ?, ?, ?, 0 WHERE NOT EXISTS ("
                        + "SELECT 1 FROM projection_dead_letter WHERE projection = ? AND slot = ? AND trajectory_id = ?)",
                projection, slot, trajectoryId, sequenceNumber, eventType, error, Timestamp.from(clock.instant()),
                projection, slot, trajectoryId);
        String key = key(projection, slot, trajectoryId);
        parkedHere.add(key);
        // Parked with the batch: if the batch rolls back, so does the parking, and the retry meets the event again.
        CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.root().onRollback(u -> parkedHere.remove(key)));
        LOG.error("Projection {} (slot {}) parked trajectory {} at event {} ({}); the other families go on",
                projection, slot, trajectoryId, sequenceNumber, eventType, failure);
    }

    static String describe(Throwable failure) {
        String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return error.length() > 2000 ? error.substring(0, 2000) : error;
    }

    /**
     * Counts an event of a parked trajectory that the slot skipped, and locks the dead letter until
     * the batch ends, so a retry waits for it. False if the trajectory is no longer parked (retried
     * or rebuilt meanwhile, perhaps on another node): then this node forgets it.
     */
    boolean skipped(String projection, String slot, UUID trajectoryId) {
        boolean parkedStill = jdbc.update("UPDATE projection_dead_letter SET skipped = skipped + 1 WHERE projection = ? "
                + "AND slot = ? AND trajectory_id = ?", projection, slot, trajectoryId) > 0;
        if (!parkedStill) {
            forget(projection, slot, trajectoryId);
        }
        return parkedStill;
    }

    void forget(String projection, String slot, UUID trajectoryId) {
        String key = key(projection, slot, trajectoryId);
        parkedHere.remove(key);
        parked.remove(key);
    }

    /** Whether the current unit of work is an administrator's retry, which must fail loudly rather than park. */
    static boolean retrying() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root().resources().containsKey(RETRY);
    }

    static final String RETRY = DeadLetters.class.getName() + ".retry";

    /** A slot that is rebuilt starts without dead letters: the rebuild meets every event anew. */
    public void clear(String projection, String slot) {
        jdbc.update("DELETE FROM projection_dead_letter WHERE projection = ? AND slot = ?", projection, slot);
        parkedHere.removeIf(key -> key.startsWith(projection + "/" + slot + "/"));
        parked.removeIf(key -> key.startsWith(projection + "/" + slot + "/"));
    }

    /** Whether the trajectory is parked in any slot of the projection: no database read. */
    public boolean isParkedAnywhere(String projection, UUID trajectoryId) {
        return SlottedProjection.SLOTS.stream().anyMatch(slot -> isParked(projection, slot, trajectoryId));
    }

    /** The dead letter of one trajectory in a slot, if it is parked there. */
    public Optional<DeadLetter> of(String projection, String slot, UUID trajectoryId) {
        if (!isParked(projection, slot, trajectoryId)) {
            return Optional.empty();
        }
        return of(projection, slot).stream().filter(letter -> letter.trajectoryId().equals(trajectoryId))
                .findFirst();
    }

    /** As the table says now, on whichever node parked it. */
    public Optional<DeadLetter> storedFor(String projection, String slot, UUID trajectoryId) {
        return of(projection, slot).stream().filter(letter -> letter.trajectoryId().equals(trajectoryId))
                .findFirst();
    }

    public List<DeadLetter> of(String projection, String slot) {
        return jdbc.query("SELECT projection, slot, trajectory_id, sequence_number, event_type, error, since, skipped "
                        + "FROM projection_dead_letter WHERE projection = ? AND slot = ? ORDER BY since, trajectory_id",
                (rs, row) -> new DeadLetter(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getLong(4), rs.getString(5), rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getLong(8)), projection, slot);
    }

    /** Other nodes park too: the set is read again every few seconds (and at start). */
    @Scheduled(fixedDelayString = "${oneplan.dead-letters.refresh-interval:PT2S}")
    public void refresh() {
        try {
            Set<String> current = ConcurrentHashMap.newKeySet();
            jdbc.query("SELECT projection, slot, trajectory_id FROM projection_dead_letter",
                    rs -> {
                        current.add(key(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class)));
                    });
            parked.addAll(current);
            parked.retainAll(current);
        } catch (RuntimeException e) {
            LOG.warn("Could not read the dead letters: {}", e.getMessage());
        }
    }
}
