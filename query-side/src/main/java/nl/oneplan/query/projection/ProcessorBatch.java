package nl.oneplan.query.projection;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * State a projection keeps for one processor batch: opened on the batch's first event with every
 * trajectory the batch touches (so it can load them in one query), and written once, before the
 * batch's transaction commits together with the processor's token.
 */
public final class ProcessorBatch {

    private ProcessorBatch() {
    }

    public static <B> B current(String key, Function<Set<UUID>, B> open, Consumer<B> write) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(key, name -> {
            B batch = open.apply(trajectoriesIn(unitOfWork));
            unitOfWork.onPrepareCommit(u -> write.accept(batch));
            return batch;
        });
    }

    /** Calls {@code failed} with the cause when the current batch is rolled back. */
    public static void onFailure(Consumer<Throwable> failed) {
        CurrentUnitOfWork.get().root().onRollback(unitOfWork -> {
            if (unitOfWork.getExecutionResult() != null && unitOfWork.getExecutionResult().isExceptionResult()) {
                failed.accept(unitOfWork.getExecutionResult().getExceptionResult());
            }
        });
    }

    /** Each trajectory the current batch touches, with its first event in the batch. */
    static Map<UUID, DomainEventMessage<?>> firstEvents() {
        return firstEvents(CurrentUnitOfWork.get().root());
    }

    private static Set<UUID> trajectoriesIn(UnitOfWork<?> unitOfWork) {
        return new LinkedHashSet<>(firstEvents(unitOfWork).keySet());
    }

    private static Map<UUID, DomainEventMessage<?>> firstEvents(UnitOfWork<?> unitOfWork) {
        List<?> messages = unitOfWork instanceof BatchingUnitOfWork<?> batching
                ? batching.getMessages() : List.of(unitOfWork.getMessage());
        Map<UUID, DomainEventMessage<?>> first = new LinkedHashMap<>();
        for (Object message : messages) {
            if (message instanceof DomainEventMessage<?> event) {
                first.putIfAbsent(UUID.fromString(event.getAggregateIdentifier()), event);
            }
        }
        return first;
    }
}
