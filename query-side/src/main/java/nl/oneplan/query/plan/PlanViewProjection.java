package nl.oneplan.query.plan;

import nl.oneplan.events.AgreementCompleted;
import nl.oneplan.events.AgreementMade;
import nl.oneplan.events.CoordinationArrangementRecorded;
import nl.oneplan.events.CoordinatorAssigned;
import nl.oneplan.events.FamilyContactRecorded;
import nl.oneplan.events.FamilyMemberCorrected;
import nl.oneplan.events.FamilyMemberRegistered;
import nl.oneplan.events.GoalAchieved;
import nl.oneplan.events.GoalSet;
import nl.oneplan.events.ParticipantInvolved;
import nl.oneplan.events.TrajectoryOpened;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Projects trajectory events into the plan view. A processor batch loads the plans it touches
 * with one query, applies its events in memory and writes each changed plan once, in the same
 * transaction as the processor's token. An event whose sequence number the stored plan already
 * contains is skipped, so redelivery (a claimed-over segment, a retried batch) changes nothing.
 */
@Component
@ProcessingGroup(PlanViewProjection.PROCESSING_GROUP)
public class PlanViewProjection {

    public static final String PROCESSING_GROUP = "plan-view";
    private static final String BATCH_RESOURCE = PlanViewProjection.class.getName() + ".batch";

    private final PlanViewRepository repository;

    public PlanViewProjection(PlanViewRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(TrajectoryOpened event, @SequenceNumber long sequence) {
        change(event.trajectoryId(), sequence, view -> view.on(event));
    }

    @EventHandler
    void on(FamilyMemberRegistered event, @SequenceNumber long sequence) {
        change(event.trajectoryId(), sequence, view -> view.on(event));
    }

    @EventHandler
    void on(FamilyMemberCorrected event, @SequenceNumber long sequence) {
        change(event.trajectoryId(), sequence, view -> view.on(event));
    }

    @EventHandler
    void on(FamilyContactRecorded event, @SequenceNumber long sequence) {
        change(event.trajectoryId(), sequence, view -> view.on(event));
    }

    @EventHandler
    void on(ParticipantInvolved event, @SequenceNumber long sequence) {
        change(event.trajectoryId(), sequence, view -> view.on(event));
    }

    @EventHandler
    void on(CoordinatorAssigned event, @SequenceNumber long sequence) {
        change(event.trajectoryId(), sequence, view -> view.on(event));
    }

    @EventHandler
    void on(CoordinationArrangementRecorded event, @SequenceNumber long sequence) {
        change(event.trajectoryId(), sequence, view -> view.on(event));
    }

    @EventHandler
    void on(GoalSet event, @SequenceNumber long sequence) {
        change(event.trajectoryId(), sequence, view -> view.on(event));
    }

    @EventHandler
    void on(GoalAchieved event, @SequenceNumber long sequence) {
        change(event.trajectoryId(), sequence, view -> view.on(event));
    }

    @EventHandler
    void on(AgreementMade event, @SequenceNumber long sequence) {
        change(event.trajectoryId(), sequence, view -> view.on(event));
    }

    @EventHandler
    void on(AgreementCompleted event, @SequenceNumber long sequence) {
        change(event.trajectoryId(), sequence, view -> view.on(event));
    }

    @ResetHandler
    void reset() {
        repository.deleteAll();
    }

    private void change(UUID trajectoryId, long sequence, Consumer<PlanView> change) {
        Batch batch = CurrentUnitOfWork.get().root().getOrComputeResource(BATCH_RESOURCE, key -> openBatch());
        PlanView view = batch.views.computeIfAbsent(trajectoryId, id -> {
            batch.inserts.add(id);
            return PlanView.empty(id);
        });
        if (view.contains(sequence)) {
            return;
        }
        change.accept(view);
        view.advanceTo(sequence);
        batch.changed.add(trajectoryId);
    }

    private Batch openBatch() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        Batch batch = new Batch();
        batch.views.putAll(repository.findAll(trajectoriesIn(unitOfWork)));
        unitOfWork.onPrepareCommit(u -> flush(batch));
        return batch;
    }

    /** Every trajectory the batch's events belong to, so their plans load in one query. */
    private static Set<UUID> trajectoriesIn(UnitOfWork<?> unitOfWork) {
        List<?> messages = unitOfWork instanceof BatchingUnitOfWork<?> batching
                ? batching.getMessages() : List.of(unitOfWork.getMessage());
        Set<UUID> ids = new LinkedHashSet<>();
        for (Object message : messages) {
            if (message instanceof DomainEventMessage<?> event) {
                try {
                    ids.add(UUID.fromString(event.getAggregateIdentifier()));
                } catch (IllegalArgumentException notATrajectory) {
                    // Events of other aggregate types have other identifiers; they are not plans.
                }
            }
        }
        return ids;
    }

    private void flush(Batch batch) {
        List<PlanView> inserts = new ArrayList<>();
        List<PlanView> updates = new ArrayList<>();
        for (UUID id : batch.changed) {
            (batch.inserts.contains(id) ? inserts : updates).add(batch.views.get(id));
        }
        repository.store(inserts, updates);
    }

    private static final class Batch {
        private final Map<UUID, PlanView> views = new LinkedHashMap<>();
        private final Set<UUID> inserts = new LinkedHashSet<>();
        private final Set<UUID> changed = new LinkedHashSet<>();
    }
}
