package nl.oneplan.query.projection;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rebuilds a slotted projection blue/green: the idle slot is emptied and its tokens are set back
 * to the first event; one node's store reader ({@link StoreReplays}) replays the history into it,
 * then the processors of every query node share its segments through the token store for the
 * events since; when it has read up to where the active slot is, one update of projection_slot
 * makes it the active one. Until then reads keep using the current version, and a rebuild that
 * fails or is cancelled leaves that version in place.
 */
@Component
public class Rebuilds {

    private static final Logger LOG = LoggerFactory.getLogger(Rebuilds.class);
    private static final int DEFAULT_SEGMENTS = 4;
    private static final int REQUESTER_LENGTH = 200;

    private final Map<String, SlottedProjection> projections = new LinkedHashMap<>();
    private final ProjectionSlots slots;
    private final ProjectionStatuses statuses;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TokenStore tokenStore;
    private final EventStore eventStore;
    private final Clock clock;

    private final DeadLetters deadLetters;
    private final ProcessorTokens tokens;
    private final boolean storeReader;

    Rebuilds(List<SlottedProjection> slotted, ProjectionSlots slots, ProjectionStatuses statuses, JdbcTemplate jdbc,
             PlatformTransactionManager transactionManager, TokenStore tokenStore, EventStore eventStore, Clock clock,
             DeadLetters deadLetters, ProcessorTokens tokens,
             @Value("${oneplan.rebuilds.store-reader:true}") boolean storeReader) {
        this.deadLetters = deadLetters;
        this.tokens = tokens;
        this.storeReader = storeReader;
        slotted.forEach(projection -> projections.put(projection.name(), projection));
        this.slots = slots;
        this.statuses = statuses;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.tokenStore = tokenStore;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    public List<String> rebuildable() {
        return List.copyOf(projections.keySet());
    }

    /** Starts rebuilding the projection beside its current version. */
    public RebuildStatus start(String name, String requestedBy) {
        SlottedProjection projection = rebuildableProjection(name);
        transaction.executeWithoutResult(tx -> {
            List<ProjectionSlot> current = slots.lock(name);
            startLocked(projection, current, requestedBy);
        });
        LOG.info("Rebuild of {} started by {}", name, requestedBy);
        return status(name);
    }

    /**
     * Starts the rebuilds migrations asked for (a changed table cannot be filled from history by
     * SQL). Every query node checks; the row lock makes one of them start it, once.
     */
    @Scheduled(fixedDelayString = "${oneplan.rebuilds.check-interval:PT0.5S}")
    public void startRequested() {
        for (SlottedProjection projection : projections.values()) {
            try {
                String reason = transaction.execute(tx -> {
                    List<ProjectionSlot> current = slots.lock(projection.name());
                    String requested = current.stream().map(ProjectionSlot::rebuildRequested)
                            .filter(Objects::nonNull).findFirst().orElse(null);
                    if (requested == null || current.stream().anyMatch(slot -> ProjectionSlot.BUILDING.equals(
                            slot.state()))) {
                        return null;
                    }
                    jdbc.update("UPDATE projection_slot SET rebuild_requested = NULL WHERE projection = ?",
                            projection.name());
                    startLocked(projection, current, "migration (" + requested + ")");
                    return requested;
                });
                if (reason != null) {
                    LOG.info("Rebuild of {} started as a migration asked: {}", projection.name(), reason);
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not start the rebuild of {} a migration asked for: {}", projection.name(),
                        e.getMessage());
            }
        }
    }

    /** Empties the idle slot, sets its tokens back and marks it BUILDING; the slot rows are locked. */
    private void startLocked(SlottedProjection projection, List<ProjectionSlot> current, String requestedBy) {
        String name = projection.name();
        if (current.stream().anyMatch(slot -> ProjectionSlot.BUILDING.equals(slot.state()))) {
            throw new RebuildException(RebuildException.REBUILD_IN_PROGRESS,
                    "a rebuild of " + name + " is running; follow it or cancel it first");
        }
        ProjectionSlot active = current.stream().filter(slot -> ProjectionSlot.ACTIVE.equals(slot.state()))
                .findFirst().orElseThrow();
        ProjectionSlot target = current.stream().filter(slot -> !slot.equals(active)).findFirst().orElseThrow();
        empty(projection, target.slot());
        // The rebuilt slot meets every event anew: what it parked before (perhaps fixed since) is retried.
        deadLetters.clear(name, target.slot());
        long head = resetTokens(projection.processor(target.slot()));
        jdbc.update("UPDATE projection_slot SET state = ?, version = ?, build_started_at = ?, build_target = ?, "
                        + "build_finished_at = NULL, build_outcome = NULL, requested_by = ? "
                        + "WHERE projection = ? AND slot = ?",
                ProjectionSlot.BUILDING, active.version() + 1, Timestamp.from(clock.instant()), head,
                requestedBy.length() > REQUESTER_LENGTH ? requestedBy.substring(0, REQUESTER_LENGTH) : requestedBy,
                name, target.slot());
    }

    /** Starts rebuilding every rebuildable projection; one whose rebuild is running goes on as it is. */
    public List<RebuildStatus> startAll(String requestedBy) {
        return projections.keySet().stream().map(name -> {
            try {
                return start(name, requestedBy);
            } catch (RebuildException e) {
                if (!RebuildException.REBUILD_IN_PROGRESS.equals(e.code())) {
                    throw e;
                }
                return status(name);
            }
        }).toList();
    }

    /** Stops a running rebuild; the current version stays. */
    public RebuildStatus cancel(String name, String requestedBy) {
        rebuildableProjection(name);
        transaction.executeWithoutResult(tx -> {
            ProjectionSlot building = slots.lock(name).stream()
                    .filter(slot -> ProjectionSlot.BUILDING.equals(slot.state())).findFirst()
                    .orElseThrow(() -> new RebuildException(RebuildException.NO_REBUILD_RUNNING,
                            "no rebuild of " + name + " is running"));
            jdbc.update("UPDATE projection_slot SET state = ?, build_finished_at = ?, build_outcome = 'CANCELLED' "
                    + "WHERE projection = ? AND slot = ?", ProjectionSlot.IDLE, Timestamp.from(clock.instant()),
                    name, building.slot());
        });
        LOG.info("Rebuild of {} cancelled by {}", name, requestedBy);
        return status(name);
    }

    public RebuildStatus status(String name) {
        SlottedProjection projection = rebuildableProjection(name);
        List<ProjectionSlot> current = slots.of(name);
        ProjectionSlot active = current.stream().filter(slot -> ProjectionSlot.ACTIVE.equals(slot.state()))
                .findFirst().orElseThrow();
        ProjectionSlot latest = current.stream().filter(slot -> slot.buildStartedAt() != null)
                .max(Comparator.comparing(ProjectionSlot::buildStartedAt)).orElse(null);
        if (latest == null) {
            return new RebuildStatus(name, "NONE", active.version(), projection.processor(active.slot()), null,
                    null, null, null, -1, -1, 0, 0, null, null, statuses.of(projection.processor(active.slot())));
        }
        ProjectionStatus processor = statuses.of(projection.processor(latest.slot()));
        boolean running = ProjectionSlot.BUILDING.equals(latest.state());
        long target = Objects.requireNonNullElse(latest.buildTarget(), -1L);
        long position = running ? processor.position() : target;
        Instant end = running ? clock.instant() : latest.buildFinishedAt();
        double seconds = Math.max(0.001, Duration.between(latest.buildStartedAt(), end).toMillis() / 1000.0);
        long processed = Math.max(0, position + 1);
        long total = target + 1;
        double percent = total <= 0 ? 100 : Math.min(100, Math.floor(processed * 1000.0 / total) / 10);
        double rate = Math.round(processed / seconds * 10) / 10.0;
        Long secondsLeft = !running ? Long.valueOf(0) : rate <= 0 ? null
                : (long) Math.ceil(Math.max(0, total - processed) / rate);
        boolean failing = latest.buildFailing() || "ERROR".equals(processor.state());
        String state = running ? (failing ? "ERROR" : "RUNNING")
                : "CANCELLED".equals(latest.buildOutcome()) ? "CANCELLED" : "COMPLETED";
        return new RebuildStatus(name, state, active.version(), projection.processor(active.slot()),
                running ? latest.version() : null,
                latest.buildStartedAt(), latest.buildFinishedAt(), latest.requestedBy(), target, position,
                running ? percent : "COMPLETED".equals(state) ? 100 : percent, rate, secondsLeft,
                latest.buildFailing() ? latest.lastError() : null, processor);
    }

    /**
     * Switches every rebuilt projection that has caught up. Each query node checks; the row lock
     * and the state check make the switch happen once.
     */
    @Scheduled(fixedDelayString = "${oneplan.rebuilds.check-interval:PT0.5S}")
    public void completeCaughtUp() {
        for (SlottedProjection projection : projections.values()) {
            try {
                completeIfCaughtUp(projection);
            } catch (RuntimeException e) {
                LOG.warn("Could not check the rebuild of {}: {}", projection.name(), e.getMessage());
            }
        }
    }

    private void completeIfCaughtUp(SlottedProjection projection) {
        List<ProjectionSlot> current = slots.of(projection.name());
        ProjectionSlot building = current.stream().filter(slot -> ProjectionSlot.BUILDING.equals(slot.state()))
                .findFirst().orElse(null);
        ProjectionSlot active = current.stream().filter(slot -> ProjectionSlot.ACTIVE.equals(slot.state()))
                .findFirst().orElse(null);
        if (building == null || active == null) {
            return;
        }
        ProjectionStatus rebuilt = statuses.of(projection.processor(building.slot()));
        ProjectionStatus serving = statuses.of(projection.processor(active.slot()));
        boolean allSegments = rebuilt.segments() > 0
                && rebuilt.segmentStatus().stream().noneMatch(segment -> segment.replaying() || segment.error());
        boolean caughtUp = rebuilt.position() >= building.buildTarget()
                && (rebuilt.lag() == 0 || rebuilt.position() >= serving.position());
        if (!allSegments || !caughtUp) {
            return;
        }
        boolean switched = Boolean.TRUE.equals(transaction.execute(tx -> {
            List<ProjectionSlot> locked = slots.lock(projection.name());
            boolean stillBuilding = locked.stream().anyMatch(slot -> slot.slot().equals(building.slot())
                    && ProjectionSlot.BUILDING.equals(slot.state())
                    && Objects.equals(slot.buildStartedAt(), building.buildStartedAt()));
            if (!stillBuilding) {
                return false;
            }
            jdbc.update("UPDATE projection_slot SET state = ? WHERE projection = ? AND slot = ?",
                    ProjectionSlot.IDLE, projection.name(), active.slot());
            jdbc.update("UPDATE projection_slot SET state = ?, build_finished_at = ?, build_outcome = 'COMPLETED' "
                    + "WHERE projection = ? AND slot = ?", ProjectionSlot.ACTIVE, Timestamp.from(clock.instant()),
                    projection.name(), building.slot());
            return true;
        }));
        if (switched) {
            LOG.info("Rebuild of {} completed: version {} (slot {}) serves reads from now on", projection.name(),
                    building.version(), building.slot());
        }
    }

    private SlottedProjection rebuildableProjection(String name) {
        SlottedProjection projection = projections.get(name);
        if (projection != null) {
            return projection;
        }
        boolean exists = statuses.all().stream().anyMatch(status -> status.name().equals(name));
        if (exists) {
            throw new RebuildException(RebuildException.PROJECTION_NOT_REBUILDABLE, name + " is a processing group, "
                    + "not a rebuildable projection; rebuild one of " + String.join(", ", projections.keySet()));
        }
        throw new RebuildException(RebuildException.PROJECTION_NOT_FOUND, "no projection " + name + "; rebuildable: "
                + String.join(", ", projections.keySet()));
    }

    private void empty(SlottedProjection projection, String slot) {
        boolean postgres = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection ->
                connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
        for (String table : projection.tables()) {
            // TRUNCATE is transactional in PostgreSQL; H2 would commit on it, so it deletes instead.
            jdbc.execute((postgres ? "TRUNCATE TABLE " : "DELETE FROM ") + projection.table(table, slot));
        }
    }

    /**
     * Sets every segment back to the first event, replaying up to the newest one, and leaves the
     * tokens to a store reader ({@link StoreReplays}); returns the newest event's position.
     */
    private long resetTokens(String processor) {
        int existing = tokens.segments(processor);
        tokens.delete(processor);
        TrackingToken head = eventStore.createHeadToken();
        tokenStore.initializeTokenSegments(processor, existing == 0 ? DEFAULT_SEGMENTS : existing,
                ReplayToken.createReplayToken(head));
        // Owned by no node yet: a processor cannot claim them before the claim timeout, a reader can at once.
        // Without the reader (only to measure Axon's processors against it) the processors take them at once.
        tokens.give(processor, storeReader ? StoreReplays.UNASSIGNED : null);
        return head == null ? -1 : head.position().orElse(-1);
    }
}
