package nl.oneplan.query;

import nl.oneplan.query.projection.CommitAwareEventSource;
import nl.oneplan.query.projection.SlotHandler;
import nl.oneplan.query.projection.SlotHandlers;
import nl.oneplan.query.projection.SlottedProjection;
import nl.oneplan.query.projection.StoreReplays;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Entry point of the query side for the composition root: importing this configuration
 * registers the projections (and so their event processors) and the query REST API; scheduling
 * aligns the slot processors and checks whether a rebuilt projection can take over.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = QuerySideConfiguration.class)
@EnableScheduling
public class QuerySideConfiguration {

    /** The query side's own scheduler, so slot checks never wait behind another component's tasks. */
    @Bean
    ThreadPoolTaskScheduler taskScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("projection-slots-");
        return scheduler;
    }

    /**
     * Every slot of every slotted projection runs a pooled processor with that slot's instance of
     * the projection's handlers, registered here once for all of them (which ones run is
     * {@code SlotProcessors}' business): batches of
     * {@code oneplan.projections.batch-size} events written in one transaction, as many segments as
     * a replay sets up ({@code oneplan.rebuilds.segments}), a thread per segment, claims tried every second.
     */
    @Bean
    ConfigurerModule pooledSlotProcessors(List<SlottedProjection> projections,
                                    ObjectProvider<SlotHandlers> handlers,
                                    @Value("${oneplan.projections.batch-size:200}") int batchSize,
                                    @Value("${oneplan.rebuilds.segments:4}") int segments,
                                    @Value("${oneplan.events.fetch-delay:PT0.2S}") Duration fetchDelay) {
        // One source for all slots' processors: it wakes them when this process commits events.
        AtomicReference<CommitAwareEventSource> source = new AtomicReference<>();
        Function<org.axonframework.config.Configuration, StreamableMessageSource<TrackedEventMessage<?>>> events =
                config -> source.updateAndGet(made -> {
                    if (made != null) {
                        return made;
                    }
                    CommitAwareEventSource created = new CommitAwareEventSource(config.eventStore(), fetchDelay);
                    config.onShutdown(created::shutDown);
                    return created;
                });
        return configurer -> configurer.eventProcessing(processing -> projections.forEach(projection ->
                SlottedProjection.SLOTS.forEach(slot -> {
                    String name = projection.processor(slot);
                    // One instance of the projection's handlers per slot, in that slot's processing group.
                    processing.registerEventHandler(config -> handlers.orderedStream()
                            .filter(made -> made.projection().equals(projection)).findFirst()
                            .orElseThrow(() -> new IllegalStateException("no handlers for " + projection.name()))
                            .of(slot));
                    processing.assignHandlerInstancesMatching(name, handler -> handler instanceof SlotHandler part
                            && part.processingGroup().equals(name));
                    processing.registerPooledStreamingEventProcessor(name, events, (config, builder) -> {
                        ScheduledExecutorService workers = Executors.newScheduledThreadPool(segments,
                                new AxonThreadFactory("WorkPackage[" + name + "]"));
                        config.onShutdown(workers::shutdown);
                        return builder.workerExecutor(workers).initialSegmentCount(segments)
                                .tokenClaimInterval(CLAIM_INTERVAL_MS).batchSize(batchSize);
                    });
                })));
    }

    private static final long CLAIM_INTERVAL_MS = 1000;

    /** A slot without tokens on a store with history is replayed by a store reader, set up before processors start. */
    @Bean
    ConfigurerModule replayBeforeProcessorsStart(ObjectProvider<StoreReplays> replays) {
        return configurer -> configurer.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1,
                () -> replays.getObject().prepareFirstStart());
    }
}
