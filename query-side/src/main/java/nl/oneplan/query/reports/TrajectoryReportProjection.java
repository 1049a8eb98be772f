package nl.oneplan.query.reports;

import nl.oneplan.events.AgreementCancelled;
import nl.oneplan.events.AgreementCompleted;
import nl.oneplan.events.AgreementMade;
import nl.oneplan.events.AgreementRescheduled;
import nl.oneplan.events.ClosureInformationRecorded;
import nl.oneplan.events.ConsentGiven;
import nl.oneplan.events.CoordinationHandedOver;
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
import nl.oneplan.query.projection.ProcessorBatch;
import nl.oneplan.query.projection.ProjectionSlots;
import nl.oneplan.query.projection.SlottedProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The facts reports count and nothing personal: per trajectory its municipality, registration
 * route, when it opened and closed, why, whether the family evaluated it, and when consent was
 * first asked and information first shared; per disclosure its day and basis. Batched and
 * idempotent like the other projections. Runs once per slot; a slot that is neither active nor
 * being rebuilt reads along without writing.
 */
public abstract class TrajectoryReportProjection {

    /** Two slots, so a rebuild happens beside the version reports read (see {@code Rebuilds}). */
    public static final SlottedProjection PROJECTION = new SlottedProjection("trajectory-report", List.of(
            "trajectory_report", "disclosure_report", "goal_report", "agreement_report", "escalation_report"));
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    /** A trajectory as reports see it. */
    record Row(UUID trajectoryId, long version, String municipality, String route, LocalDate openedOn,
               LocalDate closedOn, String closureReason, Boolean withoutFinalEvaluation,
               Instant firstConsentAskedAt, Instant firstDisclosureAt, Integer informedParties, int handovers) {

        Row closed(LocalDate on, String reason, Boolean withoutEvaluation) {
            return new Row(trajectoryId, version, municipality, route, openedOn, on, reason, withoutEvaluation,
                    firstConsentAskedAt, firstDisclosureAt, on == null ? null : informedParties, handovers);
        }

        Row consentAsked(Instant at) {
            return new Row(trajectoryId, version, municipality, route, openedOn, closedOn, closureReason,
                    withoutFinalEvaluation, earliest(firstConsentAskedAt, at), firstDisclosureAt, informedParties,
                    handovers);
        }

        Row disclosed(Instant at) {
            return new Row(trajectoryId, version, municipality, route, openedOn, closedOn, closureReason,
                    withoutFinalEvaluation, firstConsentAskedAt, earliest(firstDisclosureAt, at), informedParties,
                    handovers);
        }

        Row at(long sequenceNumber) {
            return new Row(trajectoryId, sequenceNumber, municipality, route, openedOn, closedOn, closureReason,
                    withoutFinalEvaluation, firstConsentAskedAt, firstDisclosureAt, informedParties, handovers);
        }

        Row informed(int parties) {
            return new Row(trajectoryId, version, municipality, route, openedOn, closedOn, closureReason,
                    withoutFinalEvaluation, firstConsentAskedAt, firstDisclosureAt, parties, handovers);
        }

        Row handedOver() {
            return new Row(trajectoryId, version, municipality, route, openedOn, closedOn, closureReason,
                    withoutFinalEvaluation, firstConsentAskedAt, firstDisclosureAt, informedParties, handovers + 1);
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
    record Agreement(UUID trajectoryId, int number, String municipality, LocalDate plannedEndDate,
                     boolean rescheduled, LocalDate completedOn, LocalDate cancelledOn) {
    }

    /** An escalation as reports see it: to which level, when, and when it was resolved. */
    record Escalation(UUID trajectoryId, int number, String municipality, String level, LocalDate escalatedOn,
                      LocalDate deescalatedOn) {
    }

    /** A goal, agreement or escalation: numbered per trajectory. */
    private record NumberedKey(UUID trajectoryId, int number) {
    }

    /** The goals, agreements or escalations of a batch's trajectories, and which of them changed. */
    private static final class Numbered<T> {
        private final Map<NumberedKey, T> rows = new LinkedHashMap<>();
        private final Set<NumberedKey> changed = new LinkedHashSet<>();

        T get(UUID trajectoryId, int number) {
            return rows.get(new NumberedKey(trajectoryId, number));
        }

        void load(UUID trajectoryId, int number, T row) {
            rows.put(new NumberedKey(trajectoryId, number), row);
        }

        void put(UUID trajectoryId, int number, T row) {
            load(trajectoryId, number, row);
            changed.add(new NumberedKey(trajectoryId, number));
        }

        List<T> changedRows() {
            return changed.stream().map(rows::get).toList();
        }
    }

    private record Batch(boolean writes, Map<UUID, Row> rows, Set<UUID> changed, List<Disclosure> disclosures,
                         Numbered<Goal> goals, Numbered<Agreement> agreements, Numbered<Escalation> escalations) {
    }

    @Component
    @ProcessingGroup("trajectory-report-a")
    static class SlotA extends TrajectoryReportProjection {
        SlotA(JdbcTemplate jdbc, ProjectionSlots slots) {
            super(jdbc, slots, "a");
        }
    }

    @Component
    @ProcessingGroup("trajectory-report-b")
    static class SlotB extends TrajectoryReportProjection {
        SlotB(JdbcTemplate jdbc, ProjectionSlots slots) {
            super(jdbc, slots, "b");
        }
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ProjectionSlots slots;
    private final String slot;
    private final String batchResource;

    TrajectoryReportProjection(JdbcTemplate jdbc, ProjectionSlots slots, String slot) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.slots = slots;
        this.slot = slot;
        this.batchResource = PROJECTION.processor(slot) + ".batch";
    }

    @EventHandler
    void on(TrajectoryOpened event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, row -> new Row(event.trajectoryId(), 0, event.municipality(),
                event.registration().route().name(), event.startDate(), null, null, null, null, null, null, 0));
    }

    @EventHandler
    void on(TrajectoryClosed event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message,
                row -> row.closed(event.closedOn(), event.reason().name(), event.withoutFinalEvaluation()));
    }

    @EventHandler
    void on(TrajectoryReopened event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, row -> row.closed(null, null, null));
    }

    @EventHandler
    void on(ClosureInformationRecorded event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, row -> row.informed(event.informed().size()));
    }

    @EventHandler
    void on(CoordinationHandedOver event, DomainEventMessage<?> message) {
        change(event.trajectoryId(), message, Row::handedOver);
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
                event.trajectoryId(), event.agreementNumber(), row.municipality(), event.plannedEndDate(), false, null,
                null));
    }

    @EventHandler
    void on(AgreementRescheduled event, DomainEventMessage<?> message) {
        changeNumbered(Batch::agreements, event.trajectoryId(), event.agreementNumber(), message,
                a -> new Agreement(a.trajectoryId(), a.number(), a.municipality(),
                        event.plannedEndDate(), true, a.completedOn(), a.cancelledOn()));
    }

    @EventHandler
    void on(AgreementCompleted event, DomainEventMessage<?> message) {
        changeNumbered(Batch::agreements, event.trajectoryId(), event.agreementNumber(), message,
                a -> new Agreement(a.trajectoryId(), a.number(), a.municipality(),
                        a.plannedEndDate(), a.rescheduled(), event.completedOn(),
                a.cancelledOn()));
    }

    @EventHandler
    void on(AgreementCancelled event, DomainEventMessage<?> message) {
        LocalDate on = LocalDate.ofInstant(message.getTimestamp(), DUTCH_TIME);
        changeNumbered(Batch::agreements, event.trajectoryId(), event.agreementNumber(), message,
                a -> new Agreement(a.trajectoryId(), a.number(), a.municipality(),
                        a.plannedEndDate(), a.rescheduled(), a.completedOn(), on));
    }

    @EventHandler
    void on(Escalated event, DomainEventMessage<?> message) {
        add(Batch::escalations, event.trajectoryId(), event.escalationNumber(), message, row -> new Escalation(
                event.trajectoryId(), event.escalationNumber(), row.municipality(), event.to().name(),
                event.escalatedOn(), null));
    }

    @EventHandler
    void on(Deescalated event, DomainEventMessage<?> message) {
        changeNumbered(Batch::escalations, event.trajectoryId(), event.escalationNumber(), message,
                e -> new Escalation(e.trajectoryId(), e.number(), e.municipality(), e.level(), e.escalatedOn(),
                        event.deescalatedOn()));
    }

    @ResetHandler
    void reset() {
        PROJECTION.tables().forEach(table -> jdbc.update("DELETE FROM " + table(table)));
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

    /** Adds a goal, agreement or escalation unless its trajectory's row already contains this event. */
    private <T> void add(Function<Batch, Numbered<T>> table, UUID trajectoryId, int number,
                         DomainEventMessage<?> message, Function<Row, T> create) {
        Row row = change(trajectoryId, message, UnaryOperator.identity());
        if (row != null) {
            table.apply(batch()).put(trajectoryId, number, create.apply(row));
        }
    }

    /** Changes a goal, agreement or escalation unless its trajectory's row already contains this event. */
    private <T> void changeNumbered(Function<Batch, Numbered<T>> table, UUID trajectoryId, int number,
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
        return ProcessorBatch.current(batchResource, this::load, this::write);
    }

    private String table(String name) {
        return PROJECTION.table(name, slot);
    }

    private Batch load(Set<UUID> trajectories) {
        Map<UUID, Row> rows = new LinkedHashMap<>();
        boolean writes = slots.writes(PROJECTION.name(), slot);
        if (writes) {
            ProcessorBatch.onFailure(cause -> slots.recordFailure(PROJECTION.name(), slot, cause));
        }
        if (!writes) {
            return new Batch(false, rows, Set.of(), List.of(), new Numbered<>(), new Numbered<>(), new Numbered<>());
        }
        if (!trajectories.isEmpty()) {
            named.query("SELECT trajectory_id, version, municipality, registration_route, opened_on, closed_on, "
                            + "closure_reason, without_final_evaluation, first_consent_asked_at, first_disclosure_at, "
                            + "informed_parties, handovers FROM " + table("trajectory_report")
                            + " WHERE trajectory_id IN (:ids)",
                    new MapSqlParameterSource("ids", trajectories),
                    rs -> {
                        Row row = new Row(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7),
                                (Boolean) rs.getObject(8), instant(rs.getObject(9, OffsetDateTime.class)),
                                instant(rs.getObject(10, OffsetDateTime.class)), (Integer) rs.getObject(11),
                                rs.getInt(12));
                        rows.put(row.trajectoryId(), row);
                    });
        }
        Numbered<Goal> goals = new Numbered<>();
        if (!trajectories.isEmpty()) {
            named.query("SELECT trajectory_id, goal_number, municipality, life_domain, formulated_by, start_date, "
                            + "achieved_on, dropped_on, first_revised_on FROM " + table("goal_report") + " "
                            + "WHERE trajectory_id IN (:ids)", new MapSqlParameterSource("ids", trajectories),
                    rs -> {
                        Goal goal = new Goal(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class),
                                rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                                rs.getObject(9, LocalDate.class));
                        goals.load(goal.trajectoryId(), goal.goalNumber(), goal);
                    });
        }
        Numbered<Agreement> agreements = new Numbered<>();
        if (!trajectories.isEmpty()) {
            named.query("SELECT trajectory_id, agreement_number, municipality, planned_end_date, rescheduled, "
                            + "completed_on, cancelled_on FROM " + table("agreement_report")
                            + " WHERE trajectory_id IN (:ids)",
                    new MapSqlParameterSource("ids", trajectories),
                    rs -> {
                        Agreement agreement = new Agreement(rs.getObject(1, UUID.class), rs.getInt(2),
                                rs.getString(3), rs.getObject(4, LocalDate.class), rs.getBoolean(5),
                                rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class));
                        agreements.load(agreement.trajectoryId(), agreement.number(), agreement);
                    });
        }
        Numbered<Escalation> escalations = new Numbered<>();
        if (!trajectories.isEmpty()) {
            named.query("SELECT trajectory_id, escalation_number, municipality, level, escalated_on, deescalated_on "
                            + "FROM " + table("escalation_report") + " WHERE trajectory_id IN (:ids)",
                    new MapSqlParameterSource("ids", trajectories),
                    rs -> {
                        Escalation escalation = new Escalation(rs.getObject(1, UUID.class), rs.getInt(2),
                                rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                                rs.getObject(6, LocalDate.class));
                        escalations.load(escalation.trajectoryId(), escalation.number(), escalation);
                    });
        }
        return new Batch(true, rows, new LinkedHashSet<>(), new ArrayList<>(), goals, agreements, escalations);
    }

    private void write(Batch batch) {
        if (!batch.writes()) {
            return;
        }
        List<Row> rows = batch.changed().stream().map(batch.rows()::get).toList();
        jdbc.batchUpdate("DELETE FROM " + table("trajectory_report") + " WHERE trajectory_id = ?",
                rows.stream().map(row -> new Object[]{row.trajectoryId()}).toList());
        jdbc.batchUpdate("INSERT INTO " + table("trajectory_report") + " (trajectory_id, version, municipality, "
                        + "registration_route, "
                        + "opened_on, closed_on, closure_reason, without_final_evaluation, first_consent_asked_at, "
                        + "first_disclosure_at, informed_parties, handovers) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows.stream().map(row -> new Object[]{row.trajectoryId(), row.version(), row.municipality(),
                        row.route(), Date.valueOf(row.openedOn()), date(row.closedOn()), row.closureReason(),
                        row.withoutFinalEvaluation(), timestamp(row.firstConsentAskedAt()),
                        timestamp(row.firstDisclosureAt()), row.informedParties(), row.handovers()}).toList());
        // A disclosure is only added by an event its trajectory's row did not yet contain, so no duplicates.
        jdbc.batchUpdate("INSERT INTO " + table("disclosure_report")
                        + " (disclosure_id, trajectory_id, municipality, shared_on, basis) "
                        + "VALUES (?, ?, ?, ?, ?)",
                batch.disclosures().stream().map(d -> new Object[]{d.disclosureId(), d.trajectoryId(),
                        d.municipality(), Date.valueOf(d.sharedOn()), d.basis()}).toList());
        writeGoals(batch);
        writeAgreements(batch);
        writeEscalations(batch);
    }

    private void writeEscalations(Batch batch) {
        List<Escalation> escalations = batch.escalations().changedRows();
        jdbc.batchUpdate("DELETE FROM " + table("escalation_report")
                        + " WHERE trajectory_id = ? AND escalation_number = ?",
                escalations.stream().map(e -> new Object[]{e.trajectoryId(), e.number()}).toList());
        jdbc.batchUpdate("INSERT INTO " + table("escalation_report")
                        + " (trajectory_id, escalation_number, municipality, level, "
                        + "escalated_on, deescalated_on) VALUES (?, ?, ?, ?, ?, ?)",
                escalations.stream().map(e -> new Object[]{e.trajectoryId(), e.number(), e.municipality(), e.level(),
                        Date.valueOf(e.escalatedOn()), date(e.deescalatedOn())}).toList());
    }

    private void writeAgreements(Batch batch) {
        List<Agreement> agreements = batch.agreements().changedRows();
        jdbc.batchUpdate("DELETE FROM " + table("agreement_report")
                        + " WHERE trajectory_id = ? AND agreement_number = ?",
                agreements.stream().map(a -> new Object[]{a.trajectoryId(), a.number()}).toList());
        jdbc.batchUpdate("INSERT INTO " + table("agreement_report")
                        + " (trajectory_id, agreement_number, municipality, "
                        + "planned_end_date, rescheduled, completed_on, cancelled_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
                agreements.stream().map(a -> new Object[]{a.trajectoryId(), a.number(), a.municipality(),
                        date(a.plannedEndDate()), a.rescheduled(), date(a.completedOn()),
                        date(a.cancelledOn())}).toList());
    }

    private void writeGoals(Batch batch) {
        List<Goal> goals = batch.goals().changedRows();
        jdbc.batchUpdate("DELETE FROM " + table("goal_report") + " WHERE trajectory_id = ? AND goal_number = ?",
                goals.stream().map(goal -> new Object[]{goal.trajectoryId(), goal.goalNumber()}).toList());
        jdbc.batchUpdate("INSERT INTO " + table("goal_report")
                        + " (trajectory_id, goal_number, municipality, life_domain, "
                        + "formulated_by, start_date, achieved_on, dropped_on, first_revised_on) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                goals.stream().map(goal -> new Object[]{goal.trajectoryId(), goal.goalNumber(), goal.municipality(),
                        goal.lifeDomain(), goal.formulatedBy(), Date.valueOf(goal.startDate()),
                        date(goal.achievedOn()), date(goal.droppedOn()), date(goal.firstRevisedOn())}).toList());
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
