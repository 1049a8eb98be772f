package nl.oneplan.query.plan;

import nl.oneplan.events.TrajectoryEvent;
import nl.oneplan.events.ActingUser;
import nl.oneplan.query.projection.SlotHandler;
import nl.oneplan.query.projection.SlotWrites;
import nl.oneplan.query.plan.PlanView.ChangedBy;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.BiConsumer;

/**
 * Projects trajectory events into the plan view. A processor batch loads the plans it touches
 * with one query, applies its events in memory and writes each changed plan once, in the same
 * transaction as the processor's token. An event whose sequence number the stored plan already
 * contains is skipped, so redelivery (a claimed-over segment, a retried batch) changes nothing.
 * The accounts that may read a plan are written with it, so access never lags behind the plan.
 * Runs once per slot, so the plans can be rebuilt beside the ones coordinators read.
 */
public class PlanViewProjection implements SlotHandler {

    private final PlanViewRepository repository;
    private final SlotWrites writes;
    private final String slot;

    PlanViewProjection(PlanViewRepository repository, SlotWrites writes) {
        this.repository = repository;
        this.writes = writes;
        this.slot = writes.slot();
    }

    @Override
    public SlotWrites writes() {
        return writes;
    }

    /**
     * Every event of a trajectory: the plan changes as {@link PlanView} says for its type, and
     * events that do not change the plan (consent, sharing) still move its version on, so a client
     * waiting with the consistency token of such a command sees the view reach it.
     */
    @EventHandler
    void on(TrajectoryEvent event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, PlanView.change(event));
    }

    private void change(UUID trajectoryId, DomainEventMessage<?> message, BiConsumer<PlanView, ChangedBy> change) {
        Batch batch = writes.current(this::openBatch, this::flush);
        if (!batch.writes) {
            return;
        }
        PlanView view = batch.views.computeIfAbsent(trajectoryId, id -> {
            batch.inserts.add(id);
            return PlanView.empty(id);
        });
        if (view.contains(message.getSequenceNumber())) {
            return;
        }
        if (change == null) {
            view.skipTo(message.getSequenceNumber());
        } else {
            ChangedBy by = ActingUser.fromMetaData(message.getMetaData())
                    .map(actor -> new ChangedBy(actor.userId(), actor.displayName(), actor.organisation()))
                    .orElse(null);
            change.accept(view, by);
            view.advanceTo(message.getSequenceNumber(), message.getTimestamp(), by);
        }
        batch.changed.add(trajectoryId);
    }

    private Batch openBatch(Set<UUID> trajectories) {
        Batch batch = new Batch(writes.openBatch());
        if (batch.writes) {
            batch.views.putAll(repository.findAll(slot, trajectories));
        }
        return batch;
    }

    private void flush(Batch batch, Predicate<UUID> trajectories) {
        if (!batch.writes) {
            return;
        }
        List<PlanView> inserts = new ArrayList<>();
        List<PlanView> updates = new ArrayList<>();
        for (UUID id : batch.changed.stream().filter(trajectories).toList()) {
            (batch.inserts.contains(id) ? inserts : updates).add(batch.views.get(id));
        }
        repository.store(slot, inserts, updates);
    }

    /** A batch of this slot's processor; a slot that neither serves nor is rebuilt reads along without writing. */
    private static final class Batch {
        private final boolean writes;

        Batch(boolean writes) {
            this.writes = writes;
        }

        private final Map<UUID, PlanView> views = new LinkedHashMap<>();
        private final Set<UUID> inserts = new LinkedHashSet<>();
        private final Set<UUID> changed = new LinkedHashSet<>();
    }
}
