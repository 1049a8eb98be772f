package nl.oneplan.query.projection;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The projections' processors hear of this process's commits at once, and only of commits. */
class CommitAwareEventSourceTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final CommitAwareEventSource source = new CommitAwareEventSource(store, Duration.ofHours(1));
    private final AtomicInteger told = new AtomicInteger();

    @AfterEach
    void shutDown() {
        source.shutDown();
        store.shutDown();
    }

    private BlockingStream<TrackedEventMessage<?>> listening() {
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        assertThat(stream.setOnAvailableCallback(told::incrementAndGet)).isTrue();
        return stream;
    }

    @Test
    void aStreamIsToldWhenEventsAreCommittedNotWhileTheyArePrepared() {
        BlockingStream<TrackedEventMessage<?>> stream = listening();
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        AtomicInteger toldBeforeCommit = new AtomicInteger(-1);
        unitOfWork.onCommit(committing -> toldBeforeCommit.set(told.get()));

        store.publish(GenericEventMessage.asEventMessage("goal set"));
        unitOfWork.commit();

        assertThat(toldBeforeCommit.get()).isZero();
        assertThat(told.get()).isEqualTo(1);
        assertThat(stream.hasNextAvailable()).isTrue();
        stream.close();
    }

    @Test
    void aRolledBackUnitOfWorkTellsNobody() {
        BlockingStream<TrackedEventMessage<?>> stream = listening();
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);

        store.publish(GenericEventMessage.asEventMessage("goal set"));
        unitOfWork.rollback();

        assertThat(told.get()).isZero();
        assertThat(stream.hasNextAvailable()).isFalse();
        stream.close();
    }

    @Test
    void aClosedStreamIsToldNothingMore() {
        BlockingStream<TrackedEventMessage<?>> stream = listening();
        stream.close();

        store.publish(GenericEventMessage.asEventMessage("goal set"));

        assertThat(told.get()).isZero();
    }

    @Test
    void streamsAreAlsoToldAtTheFetchPaceForWhatOtherProcessesStored() {
        CommitAwareEventSource polling = new CommitAwareEventSource(store, Duration.ofMillis(10));
        try {
            BlockingStream<TrackedEventMessage<?>> stream = polling.openStream(null);
            stream.setOnAvailableCallback(told::incrementAndGet);

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(told.get()).isGreaterThanOrEqualTo(3));
            stream.close();
        } finally {
            polling.shutDown();
        }
    }
}
