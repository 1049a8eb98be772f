package nl.oneplan.query.projection;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * Replays the event store into projection slots much faster than their event processors would:
 * one reader reads the store once for every slot waiting at the same position, in pages, skips
 * what a slot has no handler for without deserializing it, and hands each page to each slot's own
 * handlers in one unit of work, so a projection's batch code loads and writes once per page. The
 * slots take their pages in parallel while the reader reads the next one. Every page of a slot
 * commits together with the slot's tokens (all segments at the page's last event), exactly as a
 * processor batch would, so a replay that stops anywhere (a node going down, a cancel) leaves
 * tokens that match the tables.
 * <p>
 * A rebuild, or the first start of a query side on a store with history, hands the slot's tokens
 * to {@link #UNASSIGNED}; one node's reader claims them (as {@code oneplan-replay@node}) and renews
 * the claim with every page. Event processors cannot claim them meanwhile. At its target (the
 * newest event when the rebuild started) a slot's tokens are released and its processors, on
 * every node, go on with the events that came in since. If a reader stops renewing its claim,
 * another node's reader, or a processor, takes over from the last page after the claim timeout.
 */
@Component
public class StoreReplays {

    static final String UNASSIGNED = "oneplan-replay";
    private static final Logger LOG = LoggerFactory.getLogger(StoreReplays.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    /** How many pages a slot may be ahead of the slowest, so no writer waits for another slot's page. */
    private static final int PAGES_AHEAD = 3;

    private final List<SlottedProjection> projections;
    private final ProjectionSlots slots;
    private final EventProcessingConfiguration processing;
    private final EventStorageEngine storageEngine;
    private final TransactionManager transactionManager;
    private final TokenStore tokenStore;
    private final JdbcTemplate jdbc;
    private final ProcessorTokens tokens;
    private final Clock clock;
    private final Duration claimTimeout;
    /** Off only to measure Axon's own processors against the reader (docs/benchmarks.md). */
    private final boolean enabled;
    /** With the reader off: per processor, where it started behind and after how many pages it analyzes next. */
    private final Map<String, long[]> processorProgress = new ConcurrentHashMap<>();
    private final int pageSize;
    private final int segments;
    private final String owner;
    private final boolean postgres;
    private final ExecutorService readers;
    private final ExecutorService writers;
    private final Map<String, Boolean> running = new ConcurrentHashMap<>();
    private final Map<String, Instant> failedUntil = new ConcurrentHashMap<>();
    private final Map<String, Replay> finished = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    StoreReplays(List<SlottedProjection> projections, ProjectionSlots slots, EventProcessingConfiguration processing,
                 EventStorageEngine storageEngine, TransactionManager transactionManager, TokenStore tokenStore,
                 JdbcTemplate jdbc, ProcessorTokens tokens, Clock clock,
                 @Value("${axon.eventhandling.tokenstore.claim-timeout:PT10S}") Duration claimTimeout,
                 @Value("${oneplan.rebuilds.page-size:4000}") int pageSize,
                 @Value("${oneplan.rebuilds.segments:4}") int segments,
                 @Value("${oneplan.rebuilds.writers:0}") int writers,
                 @Value("${oneplan.node-id:}") String nodeId,
                 @Value("${oneplan.rebuilds.store-reader:true}") boolean enabled) {
        this.projections = projections;
        this.slots = slots;
        this.processing = processing;
        this.storageEngine = storageEngine;
        this.transactionManager = transactionManager;
        this.tokenStore = tokenStore;
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.clock = clock;
        this.claimTimeout = claimTimeout;
        this.enabled = enabled;
        this.pageSize = pageSize;
        this.segments = segments;
        this.owner = UNASSIGNED + "@" + (nodeId.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : nodeId);
        this.postgres = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection ->
                connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
        this.readers = Executors.newCachedThreadPool(daemon("store-replay-reader"));
        this.writers = Executors.newFixedThreadPool(writers > 0 ? writers
                : Math.max(2, Runtime.getRuntime().availableProcessors()), daemon("store-replay-writer"));
    }

    /**
     * Before the event processors start: a writing slot without tokens on a store that has events
     * (a new query database, a new projection) gets them waiting for a reader, instead of having
     * its processors read the whole history event by event.
     */
    public void prepareFirstStart() {
        if (!enabled || storageEngine.createHeadToken() == null) {
            return;
        }
        for (SlottedProjection projection : projections) {
            for (ProjectionSlot slot : slots.of(projection.name())) {
                String processor = projection.processor(slot.slot());
                if (!slot.writes() || tokenStore.fetchSegments(processor).length > 0) {
                    continue;
                }
                try {
                    transactionManager.executeInTransaction(() -> {
                        tokenStore.initializeTokenSegments(processor, segments, null);
                        tokens.give(processor, UNASSIGNED);
                    });
                    LOG.info("{} has no tokens yet: the event store is replayed into it", processor);
                } catch (RuntimeException e) {
                    // Another node initialised them first; its tokens wait for a reader just the same.
                    LOG.debug("Tokens of {} were initialised elsewhere: {}", processor, e.getMessage());
                }
            }
        }
    }

    /** A replay this node finished: the slot's processor, the positions it read, what it handled, how long it took. */
    public record Replay(String processor, long from, long to, long events, long handled, Instant startedAt,
                         Instant finishedAt) {
    }

    /** The last replay this node finished per processor. */
    public List<Replay> finished() {
        return List.copyOf(finished.values());
    }

    /** Claims every slot whose tokens wait for a reader (or whose reader went quiet) and replays them. */
    @Scheduled(fixedDelayString = "${oneplan.rebuilds.check-interval:PT0.5S}")
    public void startWaiting() {
        if (!enabled) {
            return;
        }
        // One small query while nothing waits, which is nearly always.
        List<String> waiting = tokens.ownedBy(UNASSIGNED);
        if (waiting.isEmpty()) {
            return;
        }
        Map<Long, List<Target>> byStart = new LinkedHashMap<>();
        for (SlottedProjection projection : projections) {
            try {
                for (ProjectionSlot slot : slots.of(projection.name())) {
                    boolean tokensWait = waiting.contains(projection.processor(slot.slot()));
                    Target target = slot.writes() && tokensWait ? claim(projection, slot) : null;
                    if (target != null) {
                        byStart.computeIfAbsent(positionOf(target.token), start -> new ArrayList<>()).add(target);
                    }
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not check the replay of {}: {}", projection.name(), e.getMessage());
            }
        }
        byStart.values().forEach(group -> {
            group.forEach(target -> running.put(target.processor, Boolean.TRUE));
            readers.execute(() -> replay(group));
        });
    }

    @PreDestroy
    void stop() {
        stopping = true;
        readers.shutdownNow();
        writers.shutdownNow();
    }

    /** Claims all segments of a slot waiting for a reader; one node wins. */
    private Target claim(SlottedProjection projection, ProjectionSlot slot) {
        String processor = projection.processor(slot.slot());
        Instant retry = failedUntil.get(processor);
        if (running.containsKey(processor) || (retry != null && clock.instant().isBefore(retry))) {
            return null;
        }
        EventHandlerInvoker invoker = processing.eventProcessor(processor, AbstractEventProcessor.class)
                .map(AbstractEventProcessor::eventHandlerInvoker).orElse(null);
        if (invoker == null) {
            return null;
        }
        int total = tokens.segments(processor);
        int claimed = tokens.claim(processor, owner, UNASSIGNED, UNASSIGNED + "@", clock.instant().minus(claimTimeout));
        if (claimed == 0) {
            return null;
        }
        if (claimed != total) {
            // Processors took some segments over meanwhile: they carry on with the rest as well.
            tokens.handOver(processor, owner, null);
            return null;
        }
        long until = ProjectionSlot.BUILDING.equals(slot.state())
                ? Objects.requireNonNullElse(slot.buildTarget(), -1L) : head();
        return new Target(projection, slot, processor, invoker, tokens.firstToken(processor), until, total);
    }

    private void replay(List<Target> group) {
        List<Target> open = new ArrayList<>(group);
        try {
            LOG.info("Replaying the event store into {}", group.stream().map(target -> target.processor).toList());
            open.removeIf(this::finishIfThere);
            TrackingToken start = group.get(0).token;
            Deque<CompletableFuture<Void>> pagesInFlight = new ArrayDeque<>();
            try (Stream<? extends TrackedEventMessage<?>> stream = storageEngine.readEvents(
                    WrappedToken.unwrapLowerBound(start), false)) {
                Iterator<? extends TrackedEventMessage<?>> events = stream.iterator();
                List<TrackedEventMessage<?>> page = read(events, open);
                while (!stopping && !page.isEmpty()) {
                    open.removeIf(target -> target.done);
                    if (open.isEmpty()) {
                        break;
                    }
                    List<TrackedEventMessage<?>> current = page;
                    List<CompletableFuture<Void>> taking = new ArrayList<>();
                    for (Target target : open) {
                        // Each slot takes its pages in order, but need not wait for the others.
                        target.lane = target.lane.thenRunAsync(() -> target.takeInTurn(current), writers);
                        taking.add(target.lane);
                    }
                    pagesInFlight.addLast(CompletableFuture.allOf(taking.toArray(CompletableFuture[]::new)));
                    if (pagesInFlight.size() >= PAGES_AHEAD) {
                        pagesInFlight.removeFirst().join();
                    }
                    page = read(events, open);
                }
            } finally {
                group.forEach(target -> target.lane.join());
            }
            if (!stopping) {
                // The store ended before a target (it cannot, short of events being removed): processors go on.
                open.stream().filter(target -> !target.done).forEach(this::finish);
            }
        } catch (RuntimeException e) {
            LOG.warn("Replay of {} stopped: {}", open.stream().map(target -> target.processor).toList(),
                    e.getMessage());
            open.stream().filter(target -> !target.done).forEach(target -> retryLater(target, e));
        } finally {
            group.forEach(target -> running.remove(target.processor));
        }
    }

    /** The next page, deserialised here (once for all slots) while the slots write the previous one. */
    private List<TrackedEventMessage<?>> read(Iterator<? extends TrackedEventMessage<?>> events, List<Target> open) {
        List<TrackedEventMessage<?>> page = new ArrayList<>(pageSize);
        while (page.size() < pageSize && events.hasNext()) {
            TrackedEventMessage<?> event = events.next();
            if (open.stream().anyMatch(target -> !target.done && target.handles(event))) {
                event.getPayload();
                event.getMetaData();
            }
            page.add(event);
        }
        return page;
    }

    /** Leaves the tokens waiting at the last page that committed, for this or another node to go on later. */
    private void retryLater(Target target, Throwable cause) {
        failedUntil.put(target.processor, clock.instant().plus(RETRY_AFTER));
        try {
            tokens.handOver(target.processor, owner, UNASSIGNED);
        } catch (RuntimeException e) {
            LOG.debug("Could not hand back the tokens of {}: {}", target.processor, e.getMessage());
        }
    }

    private boolean finishIfThere(Target target) {
        if (positionOf(target.token) < target.until) {
            return false;
        }
        finish(target);
        return true;
    }

    private void finish(Target target) {
        analyze(target.projection, target.slot.slot());
        failedUntil.remove(target.processor);
        tokens.handOver(target.processor, owner, null);
        Replay replay = new Replay(target.processor, target.from, positionOf(target.token), target.events,
                target.handled, target.startedAt, clock.instant());
        finished.put(target.processor, replay);
        double seconds = Math.max(0.001, Duration.between(replay.startedAt(), replay.finishedAt()).toMillis() / 1000.0);
        LOG.info("Replay of {} reached {} ({} events in {} s); its processors go on from there", target.processor,
                replay.to(), replay.events(), seconds);
    }

    /**
     * With the reader off, Axon's processors replay; so that the comparison is fair they get the
     * same statistics: a writing slot's tables are analyzed whenever its processor has read 1, 2,
     * 4, 8 … pages' worth of events more than where it started behind the head.
     */
    @Scheduled(fixedDelayString = "${oneplan.rebuilds.check-interval:PT0.5S}")
    public void analyzeWhileProcessorsReplay() {
        if (enabled) {
            return;
        }
        long head = head();
        for (SlottedProjection projection : projections) {
            for (ProjectionSlot slot : slots.of(projection.name())) {
                String processor = projection.processor(slot.slot());
                long at = slot.writes() ? positionOf(tokens.firstToken(processor)) : head;
                if (at >= head) {
                    processorProgress.remove(processor);
                    continue;
                }
                long[] progress = processorProgress.computeIfAbsent(processor, key -> new long[]{at, 1});
                if ((at - progress[0]) / pageSize >= progress[1]) {
                    analyze(projection, slot.slot());
                    progress[1] *= 2;
                }
            }
        }
    }

    /**
     * Refreshes the planner's statistics of a slot's tables after 1, 2, 4, 8... pages and at the
     * end. Emptied tables have none, and PostgreSQL then scans a whole table for each page's lookup
     * by trajectory, which grows with every page; the reads that use the rebuilt slot need them too.
     */
    private void analyze(SlottedProjection projection, String slot) {
        if (postgres) {
            projection.tables().forEach(table -> jdbc.execute("ANALYZE " + projection.table(table, slot)));
        }
    }

    private long head() {
        TrackingToken head = storageEngine.createHeadToken();
        return positionOf(head);
    }

    private static long positionOf(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One slot being replayed: where its tokens are, up to where it replays, and its handlers. */
    private final class Target {
        private final SlottedProjection projection;
        private final ProjectionSlot slot;
        private final String processor;
        private final EventHandlerInvoker invoker;
        private final long until;
        private final int segmentCount;
        private final Map<Class<?>, Boolean> handledTypes = new ConcurrentHashMap<>();
        private final long from;
        private final Instant startedAt = clock.instant();
        private volatile TrackingToken token;
        /** Finished, stopped or failed: takes no more pages. */
        private volatile boolean done;
        private CompletableFuture<Void> lane = CompletableFuture.completedFuture(null);
        private volatile long events;
        private volatile long handled;
        private long pages;

        Target(SlottedProjection projection, ProjectionSlot slot, String processor, EventHandlerInvoker invoker,
               TrackingToken token, long until, int segmentCount) {
            this.projection = projection;
            this.slot = slot;
            this.processor = processor;
            this.invoker = invoker;
            this.token = token;
            this.from = positionOf(token);
            this.until = until;
            this.segmentCount = segmentCount;
        }

        /** Takes the next page unless done; finishes at the target, hands the tokens back on a failure. */
        void takeInTurn(List<TrackedEventMessage<?>> page) {
            if (done) {
                return;
            }
            try {
                if (!take(page)) {
                    done = true;
                } else if (positionOf(token) >= until) {
                    finish(this);
                    done = true;
                }
            } catch (RuntimeException e) {
                LOG.warn("A page of {} failed; trying again in {} s: {}", processor, RETRY_AFTER.toSeconds(),
                        e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
                retryLater(this, e);
                done = true;
            }
        }

        boolean handles(TrackedEventMessage<?> event) {
            return handledTypes.computeIfAbsent(event.getPayloadType(), invoker::canHandleType);
        }

        /**
         * Handles a page in one unit of work and transaction with the tokens; false when the slot
         * was cancelled or rebuilt again, or its tokens were taken over.
         */
        boolean take(List<TrackedEventMessage<?>> page) {
            if (!sameGeneration()) {
                LOG.info("Replay of {} stopped: the rebuild was cancelled or started again", processor);
                return false;
            }
            TrackingToken last = page.get(page.size() - 1).trackingToken();
            TrackingToken next = token instanceof ReplayToken replay ? replay.advancedTo(last) : last;
            List<EventMessage<?>> handling = new ArrayList<>();
            for (TrackedEventMessage<?> event : page) {
                if (handles(event)) {
                    handling.add(event);
                }
            }
            boolean[] claimed = {true};
            Runnable storeTokens = () -> {
                int stored = tokens.store(processor, owner, next);
                if (stored != segmentCount) {
                    claimed[0] = false;
                    throw new IllegalStateException("the replay of " + processor + " no longer holds its tokens");
                }
            };
            if (handling.isEmpty()) {
                try {
                    transactionManager.executeInTransaction(storeTokens);
                } catch (IllegalStateException e) {
                    if (!claimed[0]) {
                        LOG.info("Replay of {} stopped: its tokens were taken over", processor);
                        return false;
                    }
                    throw e;
                }
            } else {
                BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(handling);
                unitOfWork.attachTransaction(transactionManager);
                unitOfWork.onPrepareCommit(u -> storeTokens.run());
                ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
                    invoker.handle(unitOfWork.getMessage(), Segment.ROOT_SEGMENT);
                    return null;
                }, RollbackConfigurationType.ANY_THROWABLE);
                if (result.isExceptional()) {
                    if (!claimed[0]) {
                        LOG.info("Replay of {} stopped: its tokens were taken over", processor);
                        return false;
                    }
                    throw new IllegalStateException("a page of " + processor + " failed", result.exceptionResult());
                }
            }
            token = next;
            events += page.size();
            handled += handling.size();
            if (Long.bitCount(++pages) == 1) {
                analyze(projection, slot.slot());
            }
            return true;
        }

        private boolean sameGeneration() {
            return slots.of(projection.name()).stream().anyMatch(current -> current.slot().equals(slot.slot())
                    && current.state().equals(slot.state())
                    && Objects.equals(current.buildStartedAt(), slot.buildStartedAt()));
        }
    }
}
