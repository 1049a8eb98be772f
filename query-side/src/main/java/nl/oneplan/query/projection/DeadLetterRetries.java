package nl.oneplan.query.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Projects a parked family again after a fix, without a rebuild: its events from the one that
 * failed onwards go through the slot's own handlers, in one transaction that holds the dead letter
 * locked, so the slot's processor (on any node) neither skips an event meanwhile nor writes the
 * family from what it loaded before. Handlers skip what the stored view already contains, so the
 * processor meeting the same events later changes nothing.
 */
@Component
public class DeadLetterRetries {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterRetries.class);

    /** The outcome in one slot: retried, or why it failed again (the family stays parked). */
    public record Retried(String projection, String slot, UUID trajectoryId, long fromSequence, int events,
                          String error) {
    }

    private final List<SlottedProjection> projections;
    private final DeadLetters deadLetters;
    private final EventProcessingConfiguration processing;
    private final EventStorageEngine storageEngine;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;

    DeadLetterRetries(List<SlottedProjection> projections, DeadLetters deadLetters,
                      EventProcessingConfiguration processing, EventStorageEngine storageEngine,
                      PlatformTransactionManager transactionManager, JdbcTemplate jdbc) {
        this.projections = projections;
        this.deadLetters = deadLetters;
        this.processing = processing;
        this.storageEngine = storageEngine;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
    }

    /** Retries the family in every slot of the projection where it is parked. */
    public List<Retried> retry(String projection, UUID trajectoryId, String requester) {
        SlottedProjection target = projections.stream().filter(p -> p.name().equals(projection)).findFirst()
                .orElseThrow(() -> new RebuildException(RebuildException.PROJECTION_NOT_FOUND,
                        "No projection " + projection + " holds dead letters"));
        List<Retried> outcomes = new ArrayList<>();
        for (String slot : SlottedProjection.SLOTS) {
            if (deadLetters.storedFor(projection, slot, trajectoryId).isPresent()) {
                outcomes.add(retry(target, slot, trajectoryId, requester));
            }
        }
        if (outcomes.isEmpty()) {
            throw new RebuildException(RebuildException.DEAD_LETTER_NOT_FOUND,
                    "Trajectory " + trajectoryId + " is not parked in " + projection);
        }
        return outcomes;
    }

    private Retried retry(SlottedProjection projection, String slot, UUID trajectoryId, String requester) {
        String processor = projection.processor(slot);
        EventHandlerInvoker invoker = processing.eventProcessor(processor, AbstractEventProcessor.class)
                .map(AbstractEventProcessor::eventHandlerInvoker)
                .orElseThrow(() -> new RebuildException(RebuildException.PROJECTION_NOT_FOUND,
                        "No processor " + processor + " runs on this node"));
        long[] from = {-1};
        int[] events = {0};
        try {
            transactions.executeWithoutResult(status -> {
                List<Long> parkedAt = jdbc.queryForList("SELECT sequence_number FROM projection_dead_letter "
                        + "WHERE projection = ? AND slot = ? AND trajectory_id = ? FOR UPDATE", Long.class,
                        projection.name(), slot, trajectoryId);
                if (parkedAt.isEmpty()) {
                    return;
                }
                from[0] = parkedAt.get(0);
                List<EventMessage<?>> stream = new ArrayList<>(storageEngine.readEvents(trajectoryId.toString(),
                        from[0]).asStream().map(event -> (DomainEventMessage<?>) event).toList());
                events[0] = stream.size();
                if (!stream.isEmpty()) {
                    BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(stream);
                    unitOfWork.resources().put(DeadLetters.RETRY, Boolean.TRUE);
                    ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
                        invoker.handle(unitOfWork.getMessage(), Segment.ROOT_SEGMENT);
                        return null;
                    }, RollbackConfigurationType.ANY_THROWABLE);
                    if (result.isExceptional()) {
                        throw new RetryFailed(result.exceptionResult());
                    }
                }
                jdbc.update("DELETE FROM projection_dead_letter WHERE projection = ? AND slot = ? AND trajectory_id = ?",
                        projection.name(), slot, trajectoryId);
            });
        } catch (RetryFailed failed) {
            String error = DeadLetters.describe(failed.getCause());
            jdbc.update("UPDATE projection_dead_letter SET error = ? WHERE projection = ? AND slot = ? "
                    + "AND trajectory_id = ?", error, projection.name(), slot, trajectoryId);
            LOG.warn("{} retried trajectory {} in {}; it failed again and stays parked: {}", requester, trajectoryId,
                    processor, error);
            return new Retried(projection.name(), slot, trajectoryId, from[0], events[0], error);
        }
        deadLetters.forget(projection.name(), slot, trajectoryId);
        LOG.info("{} retried trajectory {} in {} from event {}: {} events projected, no longer parked", requester,
                trajectoryId, processor, from[0], events[0]);
        return new Retried(projection.name(), slot, trajectoryId, from[0], events[0], null);
    }

    private static final class RetryFailed extends RuntimeException {
        RetryFailed(Throwable cause) {
            super(cause);
        }
    }
}
