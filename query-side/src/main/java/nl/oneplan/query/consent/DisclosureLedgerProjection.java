package nl.oneplan.query.consent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.oneplan.events.LifecycleEvent;
import nl.oneplan.events.PlanEvent;
import nl.oneplan.events.RoundTableEvent;
import nl.oneplan.events.CareEvent;
import nl.oneplan.events.FamilyMemberRegistered;
import nl.oneplan.events.FamilyMemberCorrected;
import nl.oneplan.events.FamilyContactRecorded;
import nl.oneplan.events.ParticipantAccountLinked;
import nl.oneplan.events.ParticipantAccountUnlinked;
import nl.oneplan.events.ParticipantWithdrawn;
import nl.oneplan.events.CoordinatorAssigned;
import nl.oneplan.events.CoordinationHandedOver;
import nl.oneplan.events.CoordinationArrangementRecorded;
import nl.oneplan.events.ConsentGiven;
import nl.oneplan.events.ConsentWithdrawn;
import nl.oneplan.events.DenialRecorded;
import nl.oneplan.events.ActingUser;
import nl.oneplan.events.DisclosureRefused;
import nl.oneplan.events.InformationShared;
import nl.oneplan.events.ParticipantInvolved;
import nl.oneplan.events.Recipient;
import nl.oneplan.query.projection.SlotHandler;
import nl.oneplan.query.projection.SlotWrites;
import nl.oneplan.query.consent.ConsentHistory.Recorded;
import nl.oneplan.query.projection.SlottedProjection;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The disclosure ledger across all trajectories, for searching by recipient organisation and
 * period. Per trajectory the privacy endpoints read the events themselves; this read model only
 * makes the cross-trajectory search possible. Batched and idempotent like the other projections.
 */
public class DisclosureLedgerProjection implements SlotHandler {

    /** Two slots, so the ledger is rebuilt beside the version privacy officers search. */
    /**
     * The ledger holds what was shared or refused, and to whom: participants' names and
     * organisations come from their involvement; nothing else of the trajectory belongs in it.
     */
    static final Set<Class<?>> IGNORED_EVENTS = Set.of(LifecycleEvent.class, PlanEvent.class, RoundTableEvent.class,
            CareEvent.class, FamilyMemberRegistered.class, FamilyMemberCorrected.class, FamilyContactRecorded.class,
            ParticipantAccountLinked.class, ParticipantAccountUnlinked.class, ParticipantWithdrawn.class,
            CoordinatorAssigned.class, CoordinationHandedOver.class, CoordinationArrangementRecorded.class,
            ConsentGiven.class, ConsentWithdrawn.class, DenialRecorded.class);

    public static final SlottedProjection PROJECTION = new SlottedProjection("disclosure-ledger",
            List.of("disclosure_ledger", "ledger_participant"));

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ObjectMapper json;
    private final SlotWrites writes;

    DisclosureLedgerProjection(JdbcTemplate jdbc, ObjectMapper json, SlotWrites writes) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.json = json;
        this.writes = writes;
    }

    @Override
    public SlotWrites writes() {
        return writes;
    }

    @EventHandler
    void on(ParticipantInvolved event, DomainEventMessage<?> message) {
        Batch batch = batch();
        if (isNew(batch, message) && event.organisation() != null) {
            batch.organisations.put(event.participantId(), event.organisation());
            batch.participants.add(new Object[]{event.trajectoryId(), event.participantId(), event.organisation()});
        }
    }

    @EventHandler
    void on(InformationShared event, DomainEventMessage<?> message) {
        entry(event.trajectoryId(), event.recipient(), message);
    }

    @EventHandler
    void on(DisclosureRefused event, DomainEventMessage<?> message) {
        entry(event.trajectoryId(), event.recipient(), message);
    }

    private String table(String name) {
        return writes.table(name);
    }

    private void entry(UUID trajectoryId, Recipient recipient, DomainEventMessage<?> message) {
        Batch batch = batch();
        if (!isNew(batch, message)) {
            return;
        }
        LedgerEntry entry = LedgerEntry.of(new Recorded(message.getPayload(), message.getTimestamp(),
                ActingUser.fromMetaData(message.getMetaData()).orElse(null)));
        String organisation = recipient.participantId() != null ? batch.organisations.get(recipient.participantId())
                : recipient.organisation();
        try {
            batch.entries.add(new Object[]{entry.entryId(), trajectoryId, message.getSequenceNumber(), entry.outcome(),
                    Timestamp.from(entry.sharedAt()), organisation, json.writeValueAsString(entry)});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ledger entry " + entry.entryId() + " cannot be written", e);
        }
    }

    /** Events a batch already stored (a redelivery) are passed over, and all of them in an idle slot. */
    private static boolean isNew(Batch batch, DomainEventMessage<?> message) {
        if (!batch.writes) {
            return false;
        }
        UUID trajectory = UUID.fromString(message.getAggregateIdentifier());
        long seen = batch.versions.getOrDefault(trajectory, -1L);
        if (message.getSequenceNumber() <= seen) {
            return false;
        }
        batch.versions.put(trajectory, message.getSequenceNumber());
        return true;
    }

    private Batch batch() {
        return writes.current(this::open, this::write);
    }

    private Batch open(Set<UUID> trajectories) {
        Batch batch = new Batch(writes.openBatch());
        if (batch.writes && !trajectories.isEmpty()) {
            MapSqlParameterSource ids = new MapSqlParameterSource("ids", trajectories);
            named.query("SELECT trajectory_id, max(seq) FROM (SELECT trajectory_id, sequence_number AS seq FROM "
                    + table("disclosure_ledger") + " WHERE trajectory_id IN (:ids)) ledger GROUP BY trajectory_id", ids,
                    rs -> {
                        batch.versions.put(rs.getObject(1, UUID.class), rs.getLong(2));
                    });
            named.query("SELECT participant_id, organisation FROM " + table("ledger_participant")
                            + " WHERE trajectory_id IN (:ids)",
                    ids, rs -> {
                        batch.organisations.put(rs.getObject(1, UUID.class), rs.getString(2));
                    });
        }
        return batch;
    }

    private void write(Batch batch, Predicate<UUID> trajectories) {
        if (!batch.writes) {
            return;
        }
        List<Object[]> participants = batch.participants.stream()
                .filter(row -> trajectories.test((UUID) row[0])).toList();
        jdbc.batchUpdate("DELETE FROM " + table("ledger_participant")
                        + " WHERE trajectory_id = ? AND participant_id = ?",
                participants.stream().map(row -> new Object[]{row[0], row[1]}).toList());
        jdbc.batchUpdate("INSERT INTO " + table("ledger_participant")
                + " (trajectory_id, participant_id, organisation) VALUES (?, ?, ?)", participants);
        jdbc.batchUpdate("INSERT INTO " + table("disclosure_ledger") + " (entry_id, trajectory_id, sequence_number, "
                + "outcome, shared_at, recipient_organisation, entry) VALUES (?, ?, ?, ?, ?, ?, ?)",
                batch.entries.stream().filter(row -> trajectories.test((UUID) row[1])).toList());
    }

    private static final class Batch {
        private final boolean writes;

        Batch(boolean writes) {
            this.writes = writes;
        }

        private final Map<UUID, Long> versions = new HashMap<>();
        private final Map<UUID, String> organisations = new HashMap<>();
        private final List<Object[]> participants = new ArrayList<>();
        private final List<Object[]> entries = new ArrayList<>();
    }
}
