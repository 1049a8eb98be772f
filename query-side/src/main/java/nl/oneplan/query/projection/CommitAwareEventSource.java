package nl.oneplan.query.projection;

import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.Registration;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The event store as the projections' processors read it, telling them at once when this process
 * committed events. Axon's embedded event store offers its streams no "events are available"
 * callback, so a pooled processor that has read everything looks again only after 500 ms: every
 * read-your-write waited about that long. Here a stream accepts the callback; it is called right
 * after a unit of work in this process committed events, and every {@code fetchDelay} for what
 * other processes stored (which the store fetches at that pace). Right after a local commit the
 * store is still fetching it, so the next look waits for it briefly instead of missing it.
 */
public final class CommitAwareEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    /** How long a look right after a local commit waits for the store to have fetched it. */
    private static final int COMMIT_WAIT_MS = 50;

    private final EventStore store;
    private final Set<NotifiedStream> streams = ConcurrentHashMap.newKeySet();
    private final Registration subscription;
    private final ScheduledExecutorService ticks;

    public CommitAwareEventSource(EventStore store, Duration fetchDelay) {
        this.store = store;
        this.subscription = store.subscribe(events -> published());
        this.ticks = Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("event-availability"));
        long period = Math.max(10, fetchDelay.toMillis());
        ticks.scheduleWithFixedDelay(() -> streams.forEach(NotifiedStream::available), period, period,
                TimeUnit.MILLISECONDS);
    }

    /** Events were published in this process: tell the streams once they are committed, not before. */
    private void published() {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> committed());
        } else {
            committed();
        }
    }

    private void committed() {
        streams.forEach(NotifiedStream::committed);
    }

    public void shutDown() {
        subscription.cancel();
        ticks.shutdownNow();
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new NotifiedStream(store.openStream(trackingToken));
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return store.createTokenSince(duration);
    }

    private final class NotifiedStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private final AtomicBoolean justCommitted = new AtomicBoolean();
        private volatile Runnable callback;

        NotifiedStream(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        void committed() {
            justCommitted.set(true);
            available();
        }

        void available() {
            Runnable current = callback;
            if (current != null) {
                current.run();
            }
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            streams.add(this);
            return true;
        }

        @Override
        public boolean hasNextAvailable() {
            try {
                if (stream.hasNextAvailable(0, TimeUnit.NANOSECONDS)) {
                    return true;
                }
                // Once per local commit: the store is fetching what was just committed.
                return justCommitted.getAndSet(false) && stream.hasNextAvailable(COMMIT_WAIT_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            streams.remove(this);
            stream.close();
        }
    }
}
