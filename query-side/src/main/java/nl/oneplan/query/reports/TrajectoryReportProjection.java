package nl.oneplan.query.reports;

import nl.oneplan.events.ClosureProposed;
import nl.oneplan.events.FinalEvaluationHeld;
import nl.oneplan.events.FamilyMemberRegistered;
import nl.oneplan.events.FamilyMemberCorrected;
import nl.oneplan.events.FamilyContactRecorded;
import nl.oneplan.events.CoordinationArrangementRecorded;
import nl.oneplan.events.RoundTableScheduled;
import nl.oneplan.events.MinutesDrafted;
import nl.oneplan.events.MinutesSentToFamily;
import nl.oneplan.events.MinutesApprovedByFamily;
import nl.oneplan.events.MinutesDistributed;
import nl.oneplan.events.IndicationRegistered;
import nl.oneplan.events.IndicationExtended;
import nl.oneplan.events.IndicationEnded;
import nl.oneplan.events.ConsentWithdrawn;
import nl.oneplan.events.TrajectoryEvent;
import nl.oneplan.events.AgreementCancelled;
import nl.oneplan.events.AgreementCompleted;
import nl.oneplan.events.AgreementMade;
import nl.oneplan.events.AgreementRescheduled;
import nl.oneplan.events.ClosureInformationRecorded;
import nl.oneplan.events.ConsentGiven;
import nl.oneplan.events.CoordinationHandedOver;
import nl.oneplan.events.CoordinatorAssigned;
import nl.oneplan.events.DirectionLevelRecorded;
import nl.oneplan.events.ParticipantAccountLinked;
import nl.oneplan.events.ParticipantAccountUnlinked;
import nl.oneplan.events.ParticipantInvolved;
import nl.oneplan.events.ParticipantWithdrawn;
import nl.oneplan.events.PartyKind;
import nl.oneplan.events.PartyRef;
import nl.oneplan.events.RoundTableHeld;
import nl.oneplan.events.RoundTableIntervalSet;
import nl.oneplan.events.SafetyDecisionRecorded;
import nl.oneplan.events.Deescalated;
import nl.oneplan.events.DenialRecorded;
import nl.oneplan.events.DisclosureRefused;
import nl.oneplan.events.Escalated;
import nl.oneplan.events.GoalAchieved;
import nl.oneplan.events.GoalDropped;
import nl.oneplan.events.GoalRevised;
import nl.oneplan.events.GoalSet;
import nl.oneplan.events.InformationShared;
import nl.oneplan.events.TrajectoryClosed;
import nl.oneplan.events.TrajectoryOpened;
import nl.oneplan.events.TrajectoryReopened;
import nl.oneplan.query.projection.SlotHandler;
import nl.oneplan.query.projection.SlotWrites;
import nl.oneplan.query.projection.SlottedProjection;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The facts reports count and nothing personal: per trajectory its municipality, registration
 * route, when it opened, when consent was first asked and information first shared, and who
 * coordinates it; per closure when and why, whether the family evaluated it, and what stood then
 * (kept when it is reopened); per disclosure, goal, agreement,
 * escalation, round table and direction level its days and kinds; per participant its kind. Batched and
 * idempotent like the other projections. Runs once per slot; a slot that is neither active nor
 * being rebuilt reads along without writing.
 */
public class TrajectoryReportProjection implements SlotHandler {

    /** Two slots, so a rebuild happens beside the version reports read (see {@code Rebuilds}). */
    public static final SlottedProjection PROJECTION = new SlottedProjection("trajectory-report", List.of(
            "trajectory_report", "disclosure_report", "goal_report", "agreement_report", "escalation_report",
            "participant_report", "round_table_report", "direction_report", "safety_decision_report",
            "closure_report"));
    /**
     * What reports do not count: names, contact details and texts, the steps towards a closure (the
     * closure itself says whether the family evaluated), scheduling and minutes (a round table
     * counts once held), indications, and withdrawals of consent (consent counts when first asked).
     */
    static final Set<Class<? extends TrajectoryEvent>> IGNORED_EVENTS = Set.of(ClosureProposed.class,
            FinalEvaluationHeld.class, FamilyMemberRegistered.class, FamilyMemberCorrected.class,
            FamilyContactRecorded.class, CoordinationArrangementRecorded.class, RoundTableScheduled.class,
            MinutesDrafted.class, MinutesSentToFamily.class, MinutesApprovedByFamily.class, MinutesDistributed.class,
            IndicationRegistered.class, IndicationExtended.class, IndicationEnded.class, ConsentWithdrawn.class);
    /** Round tables are due every 90 days unless the trajectory set another interval. */
    static final int DEFAULT_ROUND_TABLE_INTERVAL = 90;
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    /**
     * A trajectory as reports see it: where and how it came in, how it ended, when consent was
     * first asked and information first shared, and who coordinates it (an account or party key
     * for grouping caseloads, and the coordinator's organisation; never a name). Changed in place
     * within a batch.
     */
    static final class Row {
        private final UUID trajectoryId;
        private final String municipality;
        private final String route;
        private final LocalDate openedOn;
        private long version;
        private Instant firstConsentAskedAt;
        private Instant firstDisclosureAt;
        private Integer informedParties;
        private int handovers;
        private String coordinatorKey;
        private String coordinatorOrganisation;
        private int roundTableInterval = DEFAULT_ROUND_TABLE_INTERVAL;

        Row(UUID trajectoryId, String municipality, String route, LocalDate openedOn) {
            this.trajectoryId = trajectoryId;
            this.municipality = municipality;
            this.route = route;
            this.openedOn = openedOn;
        }

        UUID trajectoryId() {
            return trajectoryId;
        }

        String municipality() {
            return municipality;
        }

        long version() {
            return version;
        }

        /** Open again: who is informed is agreed anew for the next closure. */
        Row reopened() {
            informedParties = null;
            return this;
        }

        Row consentAsked(Instant at) {
            firstConsentAskedAt = earliest(firstConsentAskedAt, at);
            return this;
        }

        Row disclosed(Instant at) {
            firstDisclosureAt = earliest(firstDisclosureAt, at);
            return this;
        }

        Row at(long sequenceNumber) {
            version = sequenceNumber;
            return this;
        }

        Row informed(int parties) {
            informedParties = parties;
            return this;
        }

        Row handedOver() {
            handovers++;
            return this;
        }

        Row coordinatedBy(String key, String organisation) {
            coordinatorKey = key;
            coordinatorOrganisation = organisation;
            return this;
        }

        Row roundTablesEvery(int days) {
            roundTableInterval = days;
            return this;
        }

        private static Instant earliest(Instant current, Instant candidate) {
            return current == null || candidate.isBefore(current) ? candidate : current;
        }
    }

    /** A disclosure or refused attempt: basis {@code CONSENT}, {@code STATUTORY_GROUND} or {@code REFUSED}. */
    record Disclosure(UUID disclosureId, UUID trajectoryId, String municipality, LocalDate sharedOn, String basis) {
    }

    /** A goal as reports see it: domain, who formulated it, and its days; never its description. */
    record Goal(UUID trajectoryId, int goalNumber, String municipality, String lifeDomain, String formulatedBy,
                LocalDate startDate, LocalDate achievedOn, LocalDate droppedOn, LocalDate firstRevisedOn) {

        Goal achieved(LocalDate on) {
            return new Goal(trajectoryId, goalNumber, municipality, lifeDomain, formulatedBy, startDate, on, droppedOn,
                    firstRevisedOn);
        }

        Goal dropped(LocalDate on) {
            return new Goal(trajectoryId, goalNumber, municipality, lifeDomain, formulatedBy, startDate, achievedOn,
                    on, firstRevisedOn);
        }

        Goal revised(LocalDate on) {
            return new Goal(trajectoryId, goalNumber, municipality, lifeDomain, formulatedBy, startDate, achievedOn,
                    droppedOn, firstRevisedOn == null ? on : firstRevisedOn);
        }
    }

    /** An agreement as reports see it: its planned end, whether it moved, and how it ended. */
    record Agreement(UUID trajectoryId, int number, String municipality, LocalDate startDate,
                     LocalDate plannedEndDate, boolean rescheduled, LocalDate completedOn, LocalDate cancelledOn,
                     String carriedBy) {

        Agreement rescheduled(LocalDate plannedEnd) {
            return new Agreement(trajectoryId, number, municipality, startDate, plannedEnd, true, completedOn,
                    cancelledOn, carriedBy);
        }

        Agreement completed(LocalDate on) {
            return new Agreement(trajectoryId, number, municipality, startDate, plannedEndDate, rescheduled, on,
                    cancelledOn, carriedBy);
        }

        Agreement cancelled(LocalDate on) {
            return new Agreement(trajectoryId, number, municipality, startDate, plannedEndDate, rescheduled,
                    completedOn, on, carriedBy);
        }
    }

    /** An escalation as reports see it: to which level, when, and when it was resolved. */
    record Escalation(UUID trajectoryId, int number, String municipality, String level, String reasonCode,
                      LocalDate escalatedOn, LocalDate deescalatedOn) {
    }

    /** A safety decision (always against the family's wish): its day, and whether options were put to the family. */
    record SafetyDecision(UUID trajectoryId, int number, String municipality, LocalDate decidedOn,
                          boolean optionsPutToFamily) {
    }

    /** An involved person as reports see it: network or professional, the organisation, the account. */
    record Participant(UUID trajectoryId, UUID participantId, String kind, String organisation, String userId,
                       LocalDate withdrawnOn) {
    }

    /** A round table that was held: its day only. */
    record RoundTable(UUID trajectoryId, int number, String municipality, LocalDate heldOn) {
    }

    /**
     * One closure of a trajectory, kept when it is reopened: the day, the reason, whether the family
     * evaluated, and as it stood then how many parties were informed, how often coordination
     * changed hands and which organisation coordinated.
     */
    record Closure(UUID trajectoryId, long sequenceNumber, String municipality, String route, LocalDate closedOn,
                   String reason, boolean withoutFinalEvaluation, Integer informedParties, int handovers,
                   String coordinatorOrganisation, LocalDate reopenedOn) {

        Closure reopened(LocalDate on) {
            return new Closure(trajectoryId, sequenceNumber, municipality, route, closedOn, reason,
                    withoutFinalEvaluation, informedParties, handovers, coordinatorOrganisation, on);
        }
    }

    /** A direction level recorded for a member (overall when the life domain is null). */
    record Direction(UUID trajectoryId, long sequenceNumber, String municipality, UUID memberId, String lifeDomain,
                     String level, LocalDate recordedOn) {
    }

    /** A goal, agreement, escalation, participant, round table or direction record within its trajectory. */
    private record NumberedKey(UUID trajectoryId, Object number) {
    }

    /** The goals, agreements or escalations of a batch's trajectories, and which of them changed. */
    private static final class Numbered<T> {
        private final Map<NumberedKey, T> rows = new LinkedHashMap<>();
        private final Set<NumberedKey> changed = new LinkedHashSet<>();

        T get(UUID trajectoryId, Object number) {
            return rows.get(new NumberedKey(trajectoryId, number));
        }

        void load(UUID trajectoryId, Object number, T row) {
            rows.put(new NumberedKey(trajectoryId, number), row);
        }

        void put(UUID trajectoryId, Object number, T row) {
            load(trajectoryId, number, row);
            changed.add(new NumberedKey(trajectoryId, number));
        }

        List<T> changedRows() {
            return changed.stream().map(rows::get).toList();
        }

        /** The rows of one trajectory, in the order they were loaded or added. */
        List<Map.Entry<Object, T>> of(UUID trajectoryId) {
            return rows.entrySet().stream().filter(row -> row.getKey().trajectoryId().equals(trajectoryId))
                    .map(row -> Map.entry(row.getKey().number(), row.getValue())).toList();
        }
    }

    private record Batch(boolean writes, Map<UUID, Row> rows, Set<UUID> changed, List<Disclosure> disclosures,
                         Numbered<Goal> goals, Numbered<Agreement> agreements, Numbered<Escalation> escalations,
                         Numbered<Participant> participants, Numbered<RoundTable> roundTables,
                         Numbered<Direction> directions, Numbered<SafetyDecision> safetyDecisions,
                         Numbered<Closure> closures) {

        static Batch idle() {
            return new Batch(false, Map.of(), Set.of(), List.of(), new Numbered<>(), new Numbered<>(),
                    new Numbered<>(), new Numbered<>(), new Numbered<>(), new Numbered<>(), new Numbered<>(),
                    new Numbered<>());
        }
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final SlotWrites writes;

    TrajectoryReportProjection(JdbcTemplate jdbc, SlotWrites writes) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.writes = writes;
    }

    @Override
    public SlotWrites writes() {
        return writes;
    }

    @EventHandler
    void on(TrajectoryOpened event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, row -> new Row(event.trajectoryId(), event.municipality(),
                event.registration().route().name(), event.startDate()));
    }

    @EventHandler
    void on(TrajectoryClosed event, DomainEventMessage<?> message) {
        Row row = change(event.trajectoryId(), message, UnaryOperator.identity());
        if (row != null) {
            batch().closures().put(event.trajectoryId(), message.getSequenceNumber(), new Closure(
                    event.trajectoryId(), message.getSequenceNumber(), row.municipality(), row.route,
                    event.closedOn(), event.reason().name(), event.withoutFinalEvaluation(), row.informedParties,
                    row.handovers, row.coordinatorOrganisation, null));
        }
    }

    /** The trajectory is open again; the closure it ends stays in the history with the day it ended. */
    @EventHandler
    void on(TrajectoryReopened event, DomainEventMessage<?> message) {
        if (change(event.trajectoryId(), message, Row::reopened) != null) {
            Numbered<Closure> closures = batch().closures();
            closures.of(event.trajectoryId()).stream().filter(closure -> closure.getValue().reopenedOn() == null)
                    .forEach(closure -> closures.put(event.trajectoryId(), closure.getKey(),
                            closure.getValue().reopened(event.reopenedOn())));
        }
    }

    @EventHandler
    void on(ClosureInformationRecorded event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, row -> row.informed(event.informed().size()));
    }

    @EventHandler
    void on(CoordinationHandedOver event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, row -> coordinatedBy(row, event.to()).handedOver());
    }

    @EventHandler
    void on(CoordinatorAssigned event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, row -> coordinatedBy(row, event.coordinator()));
    }

    @EventHandler
    void on(ParticipantInvolved event, DomainEventMessage<?> message) {
        add(Batch::participants, event.trajectoryId(), event.participantId(), message, row -> new Participant(
                event.trajectoryId(), event.participantId(), event.kind().name(), event.organisation(), null, null));
    }

    @EventHandler
    void on(ParticipantAccountUnlinked event, DomainEventMessage<?> message) {
        changeNumbered(Batch::participants, event.trajectoryId(), event.participantId(), message,
                p -> new Participant(p.trajectoryId(), p.participantId(), p.kind(), p.organisation(), null,
                        p.withdrawnOn()));
    }

    @EventHandler
    void on(ParticipantAccountLinked event, DomainEventMessage<?> message) {
        changeNumbered(Batch::participants, event.trajectoryId(), event.participantId(), message,
                p -> new Participant(p.trajectoryId(), p.participantId(), p.kind(), p.organisation(), event.userId(),
                        p.withdrawnOn()));
        Row row = batch().rows().get(event.trajectoryId());
        if (row != null && row.version() == message.getSequenceNumber()
                && ("participant:" + event.participantId()).equals(row.coordinatorKey)) {
            coordinatedBy(row, PartyRef.participant(event.participantId()));
        }
    }

    @EventHandler
    void on(ParticipantWithdrawn event, DomainEventMessage<?> message) {
        changeNumbered(Batch::participants, event.trajectoryId(), event.participantId(), message,
                p -> new Participant(p.trajectoryId(), p.participantId(), p.kind(), p.organisation(), p.userId(),
                        event.withdrawnOn()));
    }

    @EventHandler
    void on(RoundTableIntervalSet event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, row -> row.roundTablesEvery(event.days()));
    }

    @EventHandler
    void on(RoundTableHeld event, DomainEventMessage<?> message) {
        add(Batch::roundTables, event.trajectoryId(), event.roundTableNumber(), message, row -> new RoundTable(
                event.trajectoryId(), event.roundTableNumber(), row.municipality(), event.heldOn()));
    }

    @EventHandler
    void on(DirectionLevelRecorded event, DomainEventMessage<?> message) {
        add(Batch::directions, event.trajectoryId(), message.getSequenceNumber(), message, row -> new Direction(
                event.trajectoryId(), message.getSequenceNumber(), row.municipality(), event.memberId(),
                event.lifeDomain() == null ? null : event.lifeDomain().name(), event.level().name(),
                event.recordedOn()));
    }

    @EventHandler
    void on(ConsentGiven event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, row -> row.consentAsked(event.validFrom()));
    }

    @EventHandler
    void on(DenialRecorded event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, row -> row.consentAsked(event.effectiveFrom()));
    }

    @EventHandler
    void on(InformationShared event, DomainEventMessage<?> message) {
        String basis = event.statutoryGround() != null ? "STATUTORY_GROUND" : "CONSENT";
        Row row = change(event.trajectoryId(), message, current -> current.disclosed(event.sharedAt()));
        if (row != null) {
            batch().disclosures().add(new Disclosure(event.disclosureId(), event.trajectoryId(), row.municipality(),
                    LocalDate.ofInstant(event.sharedAt(), DUTCH_TIME), basis));
        }
    }

    @EventHandler
    void on(DisclosureRefused event, DomainEventMessage<?> message) {
        Row row = change(event.trajectoryId(), message, UnaryOperator.identity());
        if (row != null) {
            batch().disclosures().add(new Disclosure(event.attemptId(), event.trajectoryId(), row.municipality(),
                    LocalDate.ofInstant(event.sharedAt(), DUTCH_TIME), "REFUSED"));
        }
    }

    @EventHandler
    void on(GoalSet event, DomainEventMessage<?> message) {
        add(Batch::goals, event.trajectoryId(), event.goalNumber(), message, row -> new Goal(event.trajectoryId(),
                event.goalNumber(), row.municipality(), event.lifeDomain().name(),
                event.formulatedBy() == null ? null : event.formulatedBy().name(), event.startDate(), null, null,
                null));
    }

    @EventHandler
    void on(GoalAchieved event, DomainEventMessage<?> message) {
        changeNumbered(Batch::goals, event.trajectoryId(), event.goalNumber(), message,
                goal -> goal.achieved(event.achievedOn()));
    }

    @EventHandler
    void on(GoalDropped event, DomainEventMessage<?> message) {
        changeNumbered(Batch::goals, event.trajectoryId(), event.goalNumber(), message,
                goal -> goal.dropped(event.droppedOn()));
    }

    @EventHandler
    void on(GoalRevised event, DomainEventMessage<?> message) {
        LocalDate on = LocalDate.ofInstant(message.getTimestamp(), DUTCH_TIME);
        changeNumbered(Batch::goals, event.trajectoryId(), event.goalNumber(), message,
                goal -> goal.revised(on));
    }

    @EventHandler
    void on(AgreementMade event, DomainEventMessage<?> message) {
        add(Batch::agreements, event.trajectoryId(), event.agreementNumber(), message, row -> new Agreement(
                event.trajectoryId(), event.agreementNumber(), row.municipality(), event.startDate(),
                event.plannedEndDate(), false, null, null, carrier(event.trajectoryId(), event.who())));
    }

    @EventHandler
    void on(AgreementRescheduled event, DomainEventMessage<?> message) {
        changeNumbered(Batch::agreements, event.trajectoryId(), event.agreementNumber(), message,
                a -> a.rescheduled(event.plannedEndDate()));
    }

    @EventHandler
    void on(AgreementCompleted event, DomainEventMessage<?> message) {
        changeNumbered(Batch::agreements, event.trajectoryId(), event.agreementNumber(), message,
                a -> a.completed(event.completedOn()));
    }

    @EventHandler
    void on(AgreementCancelled event, DomainEventMessage<?> message) {
        LocalDate on = LocalDate.ofInstant(message.getTimestamp(), DUTCH_TIME);
        changeNumbered(Batch::agreements, event.trajectoryId(), event.agreementNumber(), message,
                a -> a.cancelled(on));
    }

    @EventHandler
    void on(Escalated event, DomainEventMessage<?> message) {
        add(Batch::escalations, event.trajectoryId(), event.escalationNumber(), message, row -> new Escalation(
                event.trajectoryId(), event.escalationNumber(), row.municipality(), event.to().name(),
                event.reasonCode() == null ? null : event.reasonCode().name(), event.escalatedOn(), null));
    }

    @EventHandler
    void on(SafetyDecisionRecorded event, DomainEventMessage<?> message) {
        add(Batch::safetyDecisions, event.trajectoryId(), event.decisionNumber(), message, row -> new SafetyDecision(
                event.trajectoryId(), event.decisionNumber(), row.municipality(), event.decidedOn(),
                event.optionsPutToFamily() != null && !event.optionsPutToFamily().isEmpty()));
    }

    @EventHandler
    void on(Deescalated event, DomainEventMessage<?> message) {
        changeNumbered(Batch::escalations, event.trajectoryId(), event.escalationNumber(), message,
                e -> new Escalation(e.trajectoryId(), e.number(), e.municipality(), e.level(), e.reasonCode(),
                        e.escalatedOn(), event.deescalatedOn()));
    }

    /** Applies the change unless the row already contains this event; the changed row, or null if skipped. */
    private Row change(UUID trajectoryId, DomainEventMessage<?> message, UnaryOperator<Row> change) {
        Batch batch = batch();
        if (!batch.writes()) {
            return null;
        }
        Row current = batch.rows().get(trajectoryId);
        if (current != null && message.getSequenceNumber() <= current.version()) {
            return null;
        }
        Row changed = change.apply(current).at(message.getSequenceNumber());
        batch.rows().put(trajectoryId, changed);
        batch.changed().add(trajectoryId);
        return changed;
    }

    /**
     * The coordinator as reports group caseloads: by the participant's account when it has one
     * (the same person across trajectories), else by the party itself; a family member
     * coordinating is grouped as the family.
     */
    private Row coordinatedBy(Row row, PartyRef coordinator) {
        if (coordinator == null) {
            return row.coordinatedBy(null, null);
        }
        if (coordinator.kind() != PartyKind.PARTICIPANT) {
            return row.coordinatedBy("member:" + coordinator.id(), null);
        }
        Participant participant = batch().participants().get(row.trajectoryId(), coordinator.id());
        if (participant == null) {
            return row.coordinatedBy("participant:" + coordinator.id(), null);
        }
        return row.coordinatedBy(participant.userId() != null ? "user:" + participant.userId()
                : "participant:" + coordinator.id(), participant.organisation());
    }

    /** Who carries an agreement: the family (a member), the network or a professional. */
    private String carrier(UUID trajectoryId, PartyRef who) {
        if (who == null) {
            return null;
        }
        if (who.kind() != PartyKind.PARTICIPANT) {
            return "FAMILY";
        }
        Participant participant = batch().participants().get(trajectoryId, who.id());
        return participant == null ? null : participant.kind();
    }

    /** Adds a fact numbered within its trajectory unless the trajectory's row already contains this event. */
    private <T> void add(Function<Batch, Numbered<T>> table, UUID trajectoryId, Object number,
                         DomainEventMessage<?> message, Function<Row, T> create) {
        Row row = change(trajectoryId, message, UnaryOperator.identity());
        if (row != null) {
            table.apply(batch()).put(trajectoryId, number, create.apply(row));
        }
    }

    /** Changes a numbered fact unless its trajectory's row already contains this event. */
    private <T> void changeNumbered(Function<Batch, Numbered<T>> table, UUID trajectoryId, Object number,
                                    DomainEventMessage<?> message, UnaryOperator<T> change) {
        if (change(trajectoryId, message, UnaryOperator.identity()) != null) {
            Numbered<T> rows = table.apply(batch());
            T current = rows.get(trajectoryId, number);
            if (current != null) {
                rows.put(trajectoryId, number, change.apply(current));
            }
        }
    }

    private Batch batch() {
        return writes.current(this::load, this::write);
    }

    private String table(String name) {
        return writes.table(name);
    }

    private Batch load(Set<UUID> trajectories) {
        if (!writes.openBatch()) {
            return Batch.idle();
        }
        Batch batch = new Batch(true, new LinkedHashMap<>(), new LinkedHashSet<>(), new ArrayList<>(),
                new Numbered<>(), new Numbered<>(), new Numbered<>(), new Numbered<>(), new Numbered<>(),
                new Numbered<>(), new Numbered<>(), new Numbered<>());
        if (trajectories.isEmpty()) {
            return batch;
        }
        select("trajectory_id, version, municipality, registration_route, opened_on, first_consent_asked_at, "
                + "first_disclosure_at, informed_parties, handovers, coordinator_key, coordinator_organisation, "
                + "round_table_interval", "trajectory_report", trajectories, rs -> {
                    Row row = new Row(rs.getObject(1, UUID.class), rs.getString(3), rs.getString(4),
                            rs.getObject(5, LocalDate.class)).at(rs.getLong(2))
                            .coordinatedBy(rs.getString(10), rs.getString(11))
                            .roundTablesEvery(rs.getInt(12));
                    row.firstConsentAskedAt = instant(rs.getObject(6, OffsetDateTime.class));
                    row.firstDisclosureAt = instant(rs.getObject(7, OffsetDateTime.class));
                    row.informedParties = (Integer) rs.getObject(8);
                    row.handovers = rs.getInt(9);
                    batch.rows().put(row.trajectoryId(), row);
                });
        select("trajectory_id, goal_number, municipality, life_domain, formulated_by, start_date, achieved_on, "
                + "dropped_on, first_revised_on", "goal_report", trajectories, rs -> {
                    Goal goal = new Goal(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                            rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class));
                    batch.goals().load(goal.trajectoryId(), goal.goalNumber(), goal);
                });
        select("trajectory_id, agreement_number, municipality, start_date, planned_end_date, rescheduled, "
                + "completed_on, cancelled_on, carried_by", "agreement_report", trajectories, rs -> {
                    Agreement agreement = new Agreement(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getBoolean(6),
                            rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getString(9));
                    batch.agreements().load(agreement.trajectoryId(), agreement.number(), agreement);
                });
        select("trajectory_id, escalation_number, municipality, level, reason_code, escalated_on, deescalated_on",
                "escalation_report", trajectories, rs -> {
                    Escalation escalation = new Escalation(rs.getObject(1, UUID.class), rs.getInt(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class),
                            rs.getObject(7, LocalDate.class));
                    batch.escalations().load(escalation.trajectoryId(), escalation.number(), escalation);
                });
        select("trajectory_id, participant_id, kind, organisation, user_id, withdrawn_on", "participant_report",
                trajectories, rs -> {
                    Participant participant = new Participant(rs.getObject(1, UUID.class),
                            rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getObject(6, LocalDate.class));
                    batch.participants().load(participant.trajectoryId(), participant.participantId(), participant);
                });
        // Only the closure still in force can change (by a reopening); earlier ones are history.
        select("trajectory_id, sequence_number, municipality, registration_route, closed_on, closure_reason, "
                + "without_final_evaluation, informed_parties, handovers, coordinator_organisation, reopened_on",
                "closure_report", trajectories, "reopened_on IS NULL", rs -> {
                    Closure closure = new Closure(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getBoolean(7),
                            (Integer) rs.getObject(8), rs.getInt(9), rs.getString(10),
                            rs.getObject(11, LocalDate.class));
                    batch.closures().load(closure.trajectoryId(), closure.sequenceNumber(), closure);
                });
        // Round tables, direction records and safety decisions are only added; no batch reads earlier ones.
        return batch;
    }

    private void select(String columns, String table, Set<UUID> trajectories, RowCallbackHandler handler) {
        select(columns, table, trajectories, "TRUE", handler);
    }

    private void select(String columns, String table, Set<UUID> trajectories, String condition,
                        RowCallbackHandler handler) {
        named.query("SELECT " + columns + " FROM " + table(table) + " WHERE trajectory_id IN (:ids) AND " + condition,
                new MapSqlParameterSource("ids", trajectories), handler);
    }

    private void write(Batch batch, Predicate<UUID> trajectories) {
        if (!batch.writes()) {
            return;
        }
        List<Row> rows = batch.changed().stream().map(batch.rows()::get).toList();
        replace(trajectories, "trajectory_report", List.of("trajectory_id"), List.of("version", "municipality",
                "registration_route", "opened_on", "first_consent_asked_at", "first_disclosure_at",
                "informed_parties", "handovers", "coordinator_key", "coordinator_organisation",
                "round_table_interval"), rows, row -> new Object[]{row.trajectoryId(), row.version(),
                row.municipality(), row.route, Date.valueOf(row.openedOn), timestamp(row.firstConsentAskedAt),
                timestamp(row.firstDisclosureAt), row.informedParties, row.handovers, row.coordinatorKey,
                row.coordinatorOrganisation, row.roundTableInterval});
        // A disclosure is only added by an event its trajectory's row did not yet contain, so no duplicates.
        insert(trajectories, "disclosure_report", List.of("disclosure_id", "trajectory_id", "municipality", "shared_on", "basis"),
                batch.disclosures(), d -> new Object[]{d.disclosureId(), d.trajectoryId(), d.municipality(),
                        Date.valueOf(d.sharedOn()), d.basis()});
        replace(trajectories, "goal_report", List.of("trajectory_id", "goal_number"), List.of("municipality", "life_domain",
                "formulated_by", "start_date", "achieved_on", "dropped_on", "first_revised_on"),
                batch.goals().changedRows(), goal -> new Object[]{goal.trajectoryId(), goal.goalNumber(),
                        goal.municipality(), goal.lifeDomain(), goal.formulatedBy(), Date.valueOf(goal.startDate()),
                        date(goal.achievedOn()), date(goal.droppedOn()), date(goal.firstRevisedOn())});
        replace(trajectories, "agreement_report", List.of("trajectory_id", "agreement_number"), List.of("municipality",
                "start_date", "planned_end_date", "rescheduled", "completed_on", "cancelled_on", "carried_by"),
                batch.agreements().changedRows(), a -> new Object[]{a.trajectoryId(), a.number(), a.municipality(),
                        date(a.startDate()), date(a.plannedEndDate()), a.rescheduled(), date(a.completedOn()),
                        date(a.cancelledOn()), a.carriedBy()});
        replace(trajectories, "escalation_report", List.of("trajectory_id", "escalation_number"), List.of("municipality",
                "level", "reason_code", "escalated_on", "deescalated_on"), batch.escalations().changedRows(),
                e -> new Object[]{e.trajectoryId(), e.number(), e.municipality(), e.level(), e.reasonCode(),
                        Date.valueOf(e.escalatedOn()), date(e.deescalatedOn())});
        insert(trajectories, "safety_decision_report", List.of("trajectory_id", "decision_number", "municipality", "decided_on",
                "options_put_to_family"), batch.safetyDecisions().changedRows(),
                d -> new Object[]{d.trajectoryId(), d.number(), d.municipality(), Date.valueOf(d.decidedOn()),
                        d.optionsPutToFamily()});
        replace(trajectories, "participant_report", List.of("trajectory_id", "participant_id"), List.of("kind", "organisation",
                "user_id", "withdrawn_on"), batch.participants().changedRows(),
                p -> new Object[]{p.trajectoryId(), p.participantId(), p.kind(), p.organisation(), p.userId(),
                        date(p.withdrawnOn())});
        insert(trajectories, "round_table_report", List.of("trajectory_id", "round_table_number", "municipality", "held_on"),
                batch.roundTables().changedRows(), r -> new Object[]{r.trajectoryId(), r.number(), r.municipality(),
                        Date.valueOf(r.heldOn())});
        replace(trajectories, "closure_report", List.of("trajectory_id", "sequence_number"), List.of("municipality",
                "registration_route", "closed_on", "closure_reason", "without_final_evaluation", "informed_parties",
                "handovers", "coordinator_organisation", "reopened_on"), batch.closures().changedRows(),
                c -> new Object[]{c.trajectoryId(), c.sequenceNumber(), c.municipality(), c.route(),
                        Date.valueOf(c.closedOn()), c.reason(), c.withoutFinalEvaluation(), c.informedParties(),
                        c.handovers(), c.coordinatorOrganisation(), date(c.reopenedOn())});
        insert(trajectories, "direction_report", List.of("trajectory_id", "sequence_number", "municipality", "member_id",
                "life_domain", "level", "recorded_on"), batch.directions().changedRows(),
                d -> new Object[]{d.trajectoryId(), d.sequenceNumber(), d.municipality(), d.memberId(),
                        d.lifeDomain(), d.level(), Date.valueOf(d.recordedOn())});
    }

    /** Deletes the rows by their key and inserts them anew: one batched statement each. */
    private <T> void replace(Predicate<UUID> trajectories, String table, List<String> key, List<String> columns,
                             List<T> rows, Function<T, Object[]> values) {
        List<String> all = new ArrayList<>(key);
        all.addAll(columns);
        List<Object[]> written = rowsOf(trajectories, all, rows, values);
        if (written.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("DELETE FROM " + table(table) + " WHERE "
                        + String.join(" AND ", key.stream().map(column -> column + " = ?").toList()),
                written.stream().map(row -> Arrays.copyOf(row, key.size())).toList());
        insertRows(table, all, written);
    }

    private <T> void insert(Predicate<UUID> trajectories, String table, List<String> columns, List<T> rows,
                            Function<T, Object[]> values) {
        insertRows(table, columns, rowsOf(trajectories, columns, rows, values));
    }

    private void insertRows(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO " + table(table) + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(column -> "?").toList()) + ")", rows);
    }

    /** The rows, as values in column order, of the trajectories being written. */
    private static <T> List<Object[]> rowsOf(Predicate<UUID> trajectories, List<String> columns, List<T> rows,
                                             Function<T, Object[]> values) {
        int trajectory = columns.indexOf("trajectory_id");
        return rows.stream().map(values).filter(row -> trajectories.test((UUID) row[trajectory])).toList();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
