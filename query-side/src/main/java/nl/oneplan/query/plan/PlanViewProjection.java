package nl.oneplan.query.plan;

import nl.oneplan.events.ActingUser;
import nl.oneplan.events.AgreementCancelled;
import nl.oneplan.events.AgreementCompleted;
import nl.oneplan.events.AgreementMade;
import nl.oneplan.events.AgreementRescheduled;
import nl.oneplan.events.ClosureInformationRecorded;
import nl.oneplan.events.ClosureProposed;
import nl.oneplan.events.CoordinationArrangementRecorded;
import nl.oneplan.events.CoordinationHandedOver;
import nl.oneplan.events.CoordinatorAssigned;
import nl.oneplan.events.Deescalated;
import nl.oneplan.events.DirectionLevelRecorded;
import nl.oneplan.events.Escalated;
import nl.oneplan.events.FamilyContactRecorded;
import nl.oneplan.events.FamilyMemberCorrected;
import nl.oneplan.events.FamilyMemberRegistered;
import nl.oneplan.events.FinalEvaluationHeld;
import nl.oneplan.events.GoalAchieved;
import nl.oneplan.events.GoalDropped;
import nl.oneplan.events.GoalRevised;
import nl.oneplan.events.GoalSet;
import nl.oneplan.events.IndicationEnded;
import nl.oneplan.events.IndicationExtended;
import nl.oneplan.events.IndicationRegistered;
import nl.oneplan.events.MinutesApprovedByFamily;
import nl.oneplan.events.MinutesDistributed;
import nl.oneplan.events.MinutesDrafted;
import nl.oneplan.events.MinutesSentToFamily;
import nl.oneplan.events.ParticipantAccountLinked;
import nl.oneplan.events.ParticipantAccountUnlinked;
import nl.oneplan.events.ParticipantInvolved;
import nl.oneplan.events.ParticipantWithdrawn;
import nl.oneplan.events.RoundTableHeld;
import nl.oneplan.events.RoundTableIntervalSet;
import nl.oneplan.events.RoundTableScheduled;
import nl.oneplan.events.SafetyDecisionRecorded;
import nl.oneplan.events.TrajectoryClosed;
import nl.oneplan.events.TrajectoryOpened;
import nl.oneplan.events.TrajectoryReopened;
import nl.oneplan.query.plan.PlanView.ChangedBy;
import nl.oneplan.query.projection.BatchWrites;
import nl.oneplan.query.projection.ProjectionSlots;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

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
public abstract class PlanViewProjection {

    @Component
    @ProcessingGroup("plan-view-a")
    static class SlotA extends PlanViewProjection {
        SlotA(PlanViewRepository repository, ProjectionSlots slots, BatchWrites batchWrites) {
            super(repository, slots, batchWrites, "a");
        }
    }

    @Component
    @ProcessingGroup("plan-view-b")
    static class SlotB extends PlanViewProjection {
        SlotB(PlanViewRepository repository, ProjectionSlots slots, BatchWrites batchWrites) {
            super(repository, slots, batchWrites, "b");
        }
    }

    private final PlanViewRepository repository;
    private final ProjectionSlots slots;
    private final String slot;
    private final BatchWrites batchWrites;

    PlanViewProjection(PlanViewRepository repository, ProjectionSlots slots, BatchWrites batchWrites, String slot) {
        this.repository = repository;
        this.slots = slots;
        this.slot = slot;
        this.batchWrites = batchWrites;
    }

    @EventHandler
    void on(TrajectoryOpened event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(FamilyMemberRegistered event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(FamilyMemberCorrected event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(FamilyContactRecorded event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(ParticipantInvolved event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(ParticipantAccountLinked event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(ParticipantAccountUnlinked event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(CoordinatorAssigned event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(CoordinationArrangementRecorded event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(GoalSet event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event, by));
    }

    @EventHandler
    void on(GoalAchieved event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(AgreementMade event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event, by));
    }

    @EventHandler
    void on(AgreementCompleted event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(ClosureProposed event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(FinalEvaluationHeld event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event, by));
    }

    @EventHandler
    void on(ClosureInformationRecorded event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(TrajectoryClosed event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(TrajectoryReopened event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(GoalRevised event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(GoalDropped event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(AgreementRescheduled event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(AgreementCancelled event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(ParticipantWithdrawn event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(CoordinationHandedOver event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(DirectionLevelRecorded event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(IndicationRegistered event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(IndicationExtended event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(IndicationEnded event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(Escalated event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(Deescalated event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(SafetyDecisionRecorded event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(RoundTableScheduled event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(RoundTableHeld event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(MinutesDrafted event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(MinutesSentToFamily event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(MinutesApprovedByFamily event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(MinutesDistributed event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    @EventHandler
    void on(RoundTableIntervalSet event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, (view, by) -> view.on(event));
    }

    /**
     * Events that do not change the plan (consent, sharing) still move its version on: a client
     * waiting with the consistency token of such a command must see the view reach it.
     */
    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        change(UUID.fromString(message.getAggregateIdentifier()), message, null);
    }

    private void change(UUID trajectoryId, DomainEventMessage<?> message, BiConsumer<PlanView, ChangedBy> change) {
        Batch batch = batchWrites.current(PlanViewRepository.PROJECTION.name(), slot, this::openBatch, this::flush);
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
        Batch batch = new Batch(slots.openBatch(PlanViewRepository.PROJECTION.name(), slot));
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
