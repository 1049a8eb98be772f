package nl.oneplan.query.timeline;

import nl.oneplan.events.TrajectoryEvent;
import nl.oneplan.events.ActingUser;
import nl.oneplan.events.FamilyMemberCorrected;
import nl.oneplan.events.FamilyMemberRegistered;
import nl.oneplan.events.ParticipantInvolved;
import nl.oneplan.query.projection.SlotHandler;
import nl.oneplan.query.projection.SlotWrites;
import nl.oneplan.query.timeline.TimelineDescriptions.Described;
import nl.oneplan.query.timeline.TimelineEntry.Who;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Projects every event of a trajectory into its timeline: when, who (from the event's metadata,
 * as the server recorded it) and what, in plain words. Names are the names at that moment. Like
 * the plan view it works per processor batch and skips events it already holds.
 */
public class TimelineProjection implements SlotHandler {

    private final TimelineRepository repository;
    private final SlotWrites writes;
    private final String slot;

    TimelineProjection(TimelineRepository repository, SlotWrites writes) {
        this.repository = repository;
        this.writes = writes;
        this.slot = writes.slot();
    }

    @Override
    public SlotWrites writes() {
        return writes;
    }

    /** Every event of a trajectory belongs on its timeline. */
    @EventHandler
    void on(TrajectoryEvent event, DomainEventMessage<?> message) {
        UUID trajectoryId = event.trajectoryId();
        Batch batch = writes.current(this::openBatch, this::write);
        if (!batch.writes) {
            return;
        }
        long stored = batch.versions.getOrDefault(trajectoryId, -1L);
        if (message.getSequenceNumber() <= stored) {
            return;
        }
        batch.versions.put(trajectoryId, message.getSequenceNumber());
        Map<UUID, String> names = batch.names.computeIfAbsent(trajectoryId, id -> new HashMap<>());
        rememberName(event, trajectoryId, names, batch);
        Described described = TimelineDescriptions.describe(event, names::get);
        Who who = ActingUser.fromMetaData(message.getMetaData())
                .map(user -> new Who(user.userId(), user.displayName(), user.rolesText(), user.organisation()))
                .orElse(null);
        Object correlationId = message.getMetaData().get("correlationId");
        batch.rows.add(new TimelineRepository.Row(trajectoryId, message.getSequenceNumber(),
                message.getTimestamp().atOffset(ZoneOffset.UTC), message.getPayloadType().getSimpleName(), who,
                correlationId == null ? null : correlationId.toString(), described.dutch(), described.english()));
    }

    private void write(Batch batch, Predicate<UUID> trajectories) {
        if (batch.writes) {
            repository.store(slot, batch.rows.stream().filter(row -> trajectories.test(row.trajectoryId())).toList(),
                    batch.changedNames.entrySet().stream().filter(entry -> trajectories.test(entry.getKey().get(0)))
                    .map(entry -> new Object[]{entry.getKey().get(0), entry.getKey().get(1), entry.getValue()})
                    .toList());
        }
    }

    private static void rememberName(TrajectoryEvent event, UUID trajectoryId, Map<UUID, String> names, Batch batch) {
        UUID party = null;
        String name = null;
        if (event instanceof FamilyMemberRegistered e) {
            party = e.memberId();
            name = e.name();
        } else if (event instanceof FamilyMemberCorrected e) {
            party = e.memberId();
            name = e.name();
        } else if (event instanceof ParticipantInvolved e) {
            party = e.participantId();
            name = e.name();
        }
        if (party != null) {
            names.put(party, name);
            batch.changedNames.put(List.of(trajectoryId, party), name);
        }
    }

    private Batch openBatch(Set<UUID> trajectories) {
        Batch batch = new Batch(writes.openBatch());
        if (batch.writes) {
            batch.versions.putAll(repository.versions(slot, trajectories));
            batch.names.putAll(repository.names(slot, trajectories));
        }
        return batch;
    }

    /** A batch of this slot's processor; a slot that neither serves nor is rebuilt reads along without writing. */
    private static final class Batch {
        private final boolean writes;

        Batch(boolean writes) {
            this.writes = writes;
        }

        private final Map<UUID, Long> versions = new HashMap<>();
        private final Map<UUID, Map<UUID, String>> names = new HashMap<>();
        private final List<TimelineRepository.Row> rows = new ArrayList<>();
        private final Map<List<UUID>, String> changedNames = new LinkedHashMap<>();
    }
}
