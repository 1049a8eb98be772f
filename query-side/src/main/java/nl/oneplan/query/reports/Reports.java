package nl.oneplan.query.reports;

import nl.oneplan.events.ClosureReason;
import nl.oneplan.events.DirectionLevel;
import nl.oneplan.events.EscalationLevel;
import nl.oneplan.events.EscalationReason;
import nl.oneplan.events.GoalAuthorship;
import nl.oneplan.events.LifeDomain;
import nl.oneplan.events.RegistrationRoute;
import nl.oneplan.query.projection.ProjectionStatuses;
import nl.oneplan.query.projection.ProjectionSlot;
import nl.oneplan.query.projection.ProjectionSlots;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The reports over trajectories, per whole calendar period (a month, quarter or year: the days
 * [from, to)) and optionally one municipality and one coordinating organisation. Small counts are
 * suppressed, and so are totals that would give them back ({@link SmallCells}).
 */
@Component
public class Reports {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final String ORGANISATION = "lower(coordinator_organisation) = lower(:organisation)";
    private static final String CLOSED_IN_PERIOD = "closed_on >= :from AND closed_on < :to";
    /** How far back "a round table recently" looks, and what "the first months" of a trajectory are. */
    private static final int RECENT_DAYS = 90;
    private static final int FIRST_MONTHS = 3;
    private static final int[][] CASELOAD_BANDS = {{1, 5}, {6, 10}, {11, 15}, {16, 20}, {21, Integer.MAX_VALUE}};

    private final Map<String, Function<Scope, Report>> reports = new LinkedHashMap<>();
    private final NamedParameterJdbcTemplate jdbc;
    private final ProjectionStatuses statuses;
    private final ProjectionSlots slots;
    private final TransactionTemplate snapshot;
    private final SmallCells cells;

    Reports(NamedParameterJdbcTemplate jdbc, ProjectionStatuses statuses, ProjectionSlots slots,
            PlatformTransactionManager transactionManager,
            @Value("${oneplan.reports.minimum-cell:5}") int minimumCell) {
        this.jdbc = jdbc;
        this.statuses = statuses;
        this.slots = slots;
        this.cells = new SmallCells(minimumCell);
        // Every count of one report, and the position it names, come from one snapshot.
        this.snapshot = new TransactionTemplate(transactionManager);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        reports.put("registrations", this::registrations);
        reports.put("closures", this::closures);
        reports.put("information-sharing", this::informationSharing);
        reports.put("goals", this::goals);
        reports.put("agreements", this::agreements);
        reports.put("coordinator-changes", this::coordinatorChanges);
        reports.put("escalations", this::escalations);
        reports.put("round-tables", this::roundTables);
        reports.put("network", this::network);
        reports.put("direction-levels", this::directionLevels);
        reports.put("caseloads", this::caseloads);
        reports.put("escalation-reasons", this::escalationReasons);
        reports.put("safety-decisions", this::safetyDecisions);
    }

    public List<String> names() {
        return List.copyOf(reports.keySet());
    }

    /** The named report from the version of the report projection that serves reads; empty if unknown. */
    public Optional<Report> report(String name, ReportQuery query) {
        Function<Scope, Report> report = reports.get(name);
        if (report == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(snapshot.execute(tx -> {
            ProjectionSlot active = slots.active(TrajectoryReportProjection.PROJECTION.name());
            long position = statuses.of(TrajectoryReportProjection.PROJECTION.processor(active.slot())).position();
            return report.apply(new Scope(query, active.slot(), active.version(), position));
        }));
    }

    /** One report's filter, the slot it reads and the position that slot's processor has reached. */
    private record Scope(ReportQuery query, String slot, int version, long position) {
        String table(String name) {
            return TrajectoryReportProjection.PROJECTION.table(name, slot);
        }
    }

    /**
     * Trajectories opened and closed in the period, per registration route (self or which agency).
     * Closed counts each trajectory closed in the period once, also when it was reopened since.
     */
    private Report registrations(Scope scope) {
        List<Map<String, Report.Cell>> rows = new ArrayList<>();
        for (RegistrationRoute route : RegistrationRoute.values()) {
            Map<String, Report.Cell> row = new LinkedHashMap<>();
            row.put("registrationRoute", Report.Cell.of(route.name()));
            row.put("opened", cell(count("registration_route = :value AND opened_on >= :from AND opened_on < :to",
                    route.name(), scope)));
            row.put("closed", cell(aggregate("count(DISTINCT trajectory_id)", "closure_report",
                    "registration_route = :value AND " + CLOSED_IN_PERIOD, new MapSqlParameterSource("value",
                            route.name()), scope)));
            rows.add(row);
        }
        return report("registrations", scope, List.of("registrationRoute", "opened", "closed"), rows);
    }

    /**
     * Closures in the period per reason (the forced ones included): with the final evaluation with
     * the family, without, and how many parties were informed at closure in all. Every closure
     * counts, also of a trajectory reopened since.
     */
    private Report closures(Scope scope) {
        List<Map<String, Report.Cell>> rows = new ArrayList<>();
        for (ClosureReason reason : ClosureReason.values()) {
            Map<String, Report.Cell> row = new LinkedHashMap<>();
            MapSqlParameterSource value = new MapSqlParameterSource("value", reason.name());
            row.put("closureReason", Report.Cell.of(reason.name()));
            row.put("withFinalEvaluation", cell(count("closure_report", "closure_reason = :value "
                    + "AND without_final_evaluation = FALSE AND " + CLOSED_IN_PERIOD, value, scope)));
            row.put("withoutFinalEvaluation", cell(count("closure_report", "closure_reason = :value "
                    + "AND without_final_evaluation = TRUE AND " + CLOSED_IN_PERIOD, value, scope)));
            row.put("partiesInformed", cell(aggregate("sum(informed_parties)", "closure_report",
                    "closure_reason = :value AND " + CLOSED_IN_PERIOD, value, scope)));
            rows.add(row);
        }
        return report("closures", scope,
                List.of("closureReason", "withFinalEvaluation", "withoutFinalEvaluation", "partiesInformed"), rows);
    }

    /**
     * Information sharing in the period: disclosures under consent and under a statutory ground,
     * refused attempts, and of the trajectories whose first disclosure falls in the period, in how
     * many consent was asked (given or denied) before it.
     */
    private Report informationSharing(Scope scope) {
        String inPeriod = "shared_on >= :from AND shared_on < :to";
        String firstInPeriod = "first_disclosure_at >= :fromStart AND first_disclosure_at < :toStart";
        String askedBefore = "first_consent_asked_at IS NOT NULL AND first_consent_asked_at <= first_disclosure_at";
        List<Measure> measures = List.of(
                new Measure("DISCLOSURES_UNDER_CONSENT", "disclosure_report", "basis = 'CONSENT' AND " + inPeriod),
                new Measure("DISCLOSURES_UNDER_STATUTORY_GROUND", "disclosure_report",
                        "basis = 'STATUTORY_GROUND' AND " + inPeriod),
                new Measure("REFUSED_ATTEMPTS", "disclosure_report", "basis = 'REFUSED' AND " + inPeriod),
                new Measure("FIRST_DISCLOSURE_CONSENT_ASKED_BEFORE", "trajectory_report",
                        firstInPeriod + " AND " + askedBefore),
                new Measure("FIRST_DISCLOSURE_CONSENT_NOT_ASKED_BEFORE", "trajectory_report",
                        firstInPeriod + " AND NOT (" + askedBefore + ")"));
        return measures("information-sharing", measures, scope);
    }

    /**
     * Goals per life domain: set (by start date) in the period and who formulated them, achieved
     * in the period with the median days from start to achievement, adjusted for the first time
     * and dropped in the period. The median shows only over at least the minimum cell of goals.
     */
    private Report goals(Scope scope) {
        List<Map<String, Report.Cell>> rows = new ArrayList<>();
        for (LifeDomain domain : LifeDomain.values()) {
            MapSqlParameterSource domainOnly = new MapSqlParameterSource("domain", domain.name());
            String set = "life_domain = :domain AND start_date >= :from AND start_date < :to";
            String achieved = "life_domain = :domain AND achieved_on >= :from AND achieved_on < :to";
            Map<String, Report.Cell> row = new LinkedHashMap<>();
            row.put("lifeDomain", Report.Cell.of(domain.name()));
            int[] byAuthor = Arrays.stream(GoalAuthorship.values()).mapToInt(authorship -> count("goal_report",
                    set + " AND formulated_by = :by",
                    new MapSqlParameterSource("domain", domain.name()).addValue("by", authorship.name()), scope))
                    .toArray();
            // Goals without a recorded author are the rest of this breakdown.
            row.put("set", cells.total(count("goal_report", set, domainOnly, scope), byAuthor));
            for (GoalAuthorship authorship : GoalAuthorship.values()) {
                row.put("formulatedBy" + authorship.name(), cell(byAuthor[authorship.ordinal()]));
            }
            row.put("achieved", cell(count("goal_report", achieved, domainOnly, scope)));
            row.put("medianDaysToAchieve", median(days("start_date", "achieved_on", "goal_report", achieved,
                    new MapSqlParameterSource("domain", domain.name()), scope)));
            row.put("adjusted", cell(count("goal_report", "life_domain = :domain AND first_revised_on >= :from "
                    + "AND first_revised_on < :to", domainOnly, scope)));
            row.put("dropped", cell(count("goal_report", "life_domain = :domain AND dropped_on >= :from "
                    + "AND dropped_on < :to", domainOnly, scope)));
            rows.add(row);
        }
        List<String> columns = new ArrayList<>(rows.get(0).keySet());
        return report("goals", scope, columns, rows);
    }

    /**
     * Escalations per level (the stalling plan and the safety levels): escalated in the period,
     * de-escalated in the period, the median days from escalation to de-escalation of those, and
     * how many were still open at the end of the period.
     */
    private Report escalations(Scope scope) {
        List<Map<String, Report.Cell>> rows = new ArrayList<>();
        for (EscalationLevel level : EscalationLevel.values()) {
            MapSqlParameterSource levelOnly = new MapSqlParameterSource("level", level.name());
            String resolved = "level = :level AND deescalated_on >= :from AND deescalated_on < :to";
            Map<String, Report.Cell> row = new LinkedHashMap<>();
            row.put("level", Report.Cell.of(level.name()));
            row.put("safety", Report.Cell.of(Boolean.toString(level.safety())));
            row.put("escalated", cell(count("escalation_report",
                    "level = :level AND escalated_on >= :from AND escalated_on < :to", levelOnly, scope)));
            row.put("deescalated", cell(count("escalation_report", resolved, levelOnly, scope)));
            row.put("medianDaysToDeescalate", median(days("escalated_on", "deescalated_on", "escalation_report",
                    resolved, levelOnly, scope)));
            row.put("openAtEnd", cell(count("escalation_report", "level = :level AND escalated_on < :to "
                    + "AND (deescalated_on IS NULL OR deescalated_on >= :to)", levelOnly, scope)));
            rows.add(row);
        }
        return report("escalations", scope, List.of("level", "safety", "escalated", "deescalated",
                "medianDaysToDeescalate", "openAtEnd"), rows);
    }

    /** Closures in the period by how often coordination had changed hands by then. */
    private Report coordinatorChanges(Scope scope) {
        String closed = CLOSED_IN_PERIOD + " AND ";
        return measures("coordinator-changes", List.of(
                new Measure("CLOSED_WITHOUT_HANDOVER", "closure_report", closed + "handovers = 0"),
                new Measure("CLOSED_AFTER_ONE_HANDOVER", "closure_report", closed + "handovers = 1"),
                new Measure("CLOSED_AFTER_TWO_HANDOVERS", "closure_report", closed + "handovers = 2"),
                new Measure("CLOSED_AFTER_THREE_OR_MORE", "closure_report", closed + "handovers >= 3")),
                scope);
    }

    /**
     * Agreements with a planned end, completed in the period on time or late (against the planned
     * end in force, so after any rescheduling), of those how many were rescheduled first, and
     * agreements cancelled in the period.
     */
    private Report agreements(Scope scope) {
        String completed = "planned_end_date IS NOT NULL AND completed_on >= :from AND completed_on < :to";
        int onTime = count("agreement_report", completed + " AND completed_on <= planned_end_date",
                new MapSqlParameterSource(), scope);
        int late = count("agreement_report", completed + " AND completed_on > planned_end_date",
                new MapSqlParameterSource(), scope);
        int rescheduled = count("agreement_report", completed + " AND rescheduled", new MapSqlParameterSource(), scope);
        // On time and late add up to every completion, a total beside the rescheduled ones among them.
        boolean completions = cells.totalShows(onTime + late, new int[]{rescheduled});
        List<Map<String, Report.Cell>> rows = new ArrayList<>();
        rows.add(measure("COMPLETED_ON_TIME", completions ? cell(onTime) : cells.hidden(onTime)));
        rows.add(measure("COMPLETED_LATE", completions ? cell(late) : cells.hidden(late)));
        rows.add(measure("COMPLETED_AFTER_RESCHEDULING", cell(rescheduled)));
        rows.add(measure("CANCELLED", cell(count("agreement_report", "cancelled_on >= :from AND cancelled_on < :to",
                new MapSqlParameterSource(), scope))));
        return report("agreements", scope, List.of("measure", "count"), rows);
    }

    /**
     * Round-table cadence: round tables held in the period and the median days since the one
     * before in the same trajectory; of the trajectories open at the end of the period, those with
     * a round table in the 90 days before it, and those whose next round table is overdue then
     * (the last one, or the start, longer ago than the trajectory's interval).
     */
    private Report roundTables(Scope scope) {
        String held = "held_on >= :from AND held_on < :to";
        List<Long> sincePrevious = jdbc.query("SELECT r.held_on, (SELECT max(p.held_on) FROM "
                        + scope.table("round_table_report") + " p WHERE p.trajectory_id = r.trajectory_id "
                        + "AND p.round_table_number < r.round_table_number) FROM " + scope.table("round_table_report")
                        + " r" + where(held, "round_table_report", scope, "r."), filter(new MapSqlParameterSource(), scope),
                (rs, row) -> rs.getObject(2, LocalDate.class) == null ? null
                        : ChronoUnit.DAYS.between(rs.getObject(2, LocalDate.class), rs.getObject(1, LocalDate.class)))
                .stream().filter(days -> days != null).toList();
        OpenPlans plans = openPlans(scope);
        List<Map<String, Report.Cell>> rows = new ArrayList<>();
        rows.add(value("ROUND_TABLES_HELD", cell(count("round_table_report", held, new MapSqlParameterSource(),
                scope))));
        rows.add(value("MEDIAN_DAYS_SINCE_PREVIOUS_ROUND_TABLE", median(sincePrevious)));
        rows.add(value("OPEN_AT_END", open(plans)));
        rows.add(value("OPEN_WITH_ROUND_TABLE_IN_LAST_90_DAYS", cell(plans.recentlyMet())));
        rows.add(value("SHARE_WITH_ROUND_TABLE_IN_LAST_90_DAYS", shareOfOpen(plans.recentlyMet(), plans)));
        rows.add(value("OPEN_WITH_ROUND_TABLE_OVERDUE", cell(plans.overdue())));
        return report("round-tables", scope, List.of("measure", "value"), rows);
    }

    /**
     * The plans open at the end of the period, and of them: those with a round table in the 90
     * days before it, those whose next round table is overdue then, and those with a network
     * participant. The round-tables and network reports both show how many are open, so both
     * decide alike whether that total shows beside the three breakdowns of it.
     */
    private OpenPlans openPlans(Scope scope) {
        LocalDate end = scope.query().to();
        List<LocalDate[]> open = jdbc.query("SELECT t.opened_on, t.round_table_interval, (SELECT max(r.held_on) FROM "
                        + scope.table("round_table_report") + " r WHERE r.trajectory_id = t.trajectory_id "
                        + "AND r.held_on < :to) FROM " + scope.table("trajectory_report") + " t"
                        + where(openAtEnd(scope, "t"), "trajectory_report", scope, "t."),
                filter(new MapSqlParameterSource(), scope),
                (rs, row) -> {
                    LocalDate last = rs.getObject(3, LocalDate.class);
                    LocalDate since = last != null ? last : rs.getObject(1, LocalDate.class);
                    return new LocalDate[]{last, since.plusDays(rs.getInt(2))};
                });
        int recent = (int) open.stream().filter(t -> t[0] != null && !t[0].isBefore(end.minusDays(RECENT_DAYS)))
                .count();
        int overdue = (int) open.stream().filter(t -> t[1].isBefore(end)).count();
        int withNetwork = count("trajectory_report", openAtEnd(scope, scope.table("trajectory_report"))
                + " AND EXISTS (SELECT 1 FROM "
                + scope.table("participant_report") + " p WHERE p.trajectory_id = "
                + scope.table("trajectory_report") + ".trajectory_id AND p.kind = 'NETWORK' "
                + "AND (p.withdrawn_on IS NULL OR p.withdrawn_on >= :to))", new MapSqlParameterSource(), scope);
        return new OpenPlans(open.size(), recent, overdue, withNetwork,
                cells.totalShows(open.size(), new int[]{recent}, new int[]{overdue}, new int[]{withNetwork}));
    }

    private record OpenPlans(int count, int recentlyMet, int overdue, int withNetwork, boolean shows) {
    }

    /** How many plans are open at the end, as it shows. */
    private Report.Cell open(OpenPlans plans) {
        return plans.shows() ? cell(plans.count()) : cells.hidden(plans.count());
    }

    /** A share of the open plans, withheld with them: with the part it would give their number back. */
    private Report.Cell shareOfOpen(int part, OpenPlans plans) {
        return plans.shows() ? share(part, plans.count()) : new Report.Cell(null, SmallCells.HIDDEN);
    }

    /**
     * The family's own network: of the plans open at the end of the period, those with at least
     * one network participant (not withdrawn by then), and the agreements made in the period
     * (the two standard ones aside) by who carries them: the family, the network, a professional.
     */
    private Report network(Scope scope) {
        OpenPlans plans = openPlans(scope);
        List<Map<String, Report.Cell>> rows = new ArrayList<>();
        rows.add(value("PLANS_OPEN_AT_END", open(plans)));
        rows.add(value("PLANS_WITH_NETWORK_PARTICIPANT", cell(plans.withNetwork())));
        rows.add(value("SHARE_WITH_NETWORK_PARTICIPANT", shareOfOpen(plans.withNetwork(), plans)));
        for (String carrier : List.of("FAMILY", "NETWORK", "PROFESSIONAL")) {
            rows.add(value("AGREEMENTS_CARRIED_BY_" + carrier, cell(count("agreement_report",
                    "planned_end_date IS NOT NULL AND start_date >= :from AND start_date < :to "
                            + "AND carried_by = :carrier", new MapSqlParameterSource("carrier", carrier), scope))));
        }
        return report("network", scope, List.of("measure", "value"), rows);
    }

    /**
     * Direction levels (the family's own say) per level: recorded in the period in a trajectory's
     * first three months, recorded later, and each member's last level at closure of the
     * trajectories closed in the period. Overall levels only, not those per life domain.
     */
    private Report directionLevels(Scope scope) {
        Map<String, int[]> perLevel = new LinkedHashMap<>();
        for (DirectionLevel level : DirectionLevel.values()) {
            perLevel.put(level.name(), new int[3]);
        }
        jdbc.query("SELECT d.level, d.recorded_on, t.opened_on FROM " + scope.table("direction_report") + " d JOIN "
                        + scope.table("trajectory_report") + " t ON t.trajectory_id = d.trajectory_id"
                        + where("d.life_domain IS NULL AND d.recorded_on >= :from AND d.recorded_on < :to",
                        "direction_report", scope, "d."),
                filter(new MapSqlParameterSource(), scope), rs -> {
                    boolean early = rs.getObject(2, LocalDate.class)
                            .isBefore(rs.getObject(3, LocalDate.class).plusMonths(FIRST_MONTHS));
                    perLevel.get(rs.getString(1))[early ? 0 : 1]++;
                });
        // Per closure in the period (a trajectory closed twice counts twice), each member's last level then.
        Map<String, String> lastPerMember = new LinkedHashMap<>();
        jdbc.query("SELECT c.sequence_number, d.trajectory_id, d.member_id, d.level FROM "
                        + scope.table("direction_report") + " d JOIN " + scope.table("closure_report")
                        + " c ON c.trajectory_id = d.trajectory_id"
                        + where("d.life_domain IS NULL AND c.closed_on >= :from AND c.closed_on < :to "
                        + "AND d.recorded_on <= c.closed_on", "direction_report", scope, "d.")
                        + " ORDER BY d.recorded_on, d.sequence_number",
                filter(new MapSqlParameterSource(), scope),
                rs -> {
                    lastPerMember.put(rs.getString(2) + "/" + rs.getLong(1) + "/" + rs.getString(3),
                            rs.getString(4));
                });
        lastPerMember.values().forEach(level -> perLevel.get(level)[2]++);
        List<Map<String, Report.Cell>> rows = new ArrayList<>();
        perLevel.forEach((level, counts) -> {
            Map<String, Report.Cell> row = new LinkedHashMap<>();
            row.put("level", Report.Cell.of(level));
            row.put("firstThreeMonths", cell(counts[0]));
            row.put("later", cell(counts[1]));
            row.put("atClosure", cell(counts[2]));
            rows.add(row);
        });
        return report("direction-levels", scope, List.of("level", "firstThreeMonths", "later", "atClosure"), rows);
    }

    /**
     * Caseloads at the end of the period: how many coordinators have 1–5, 6–10, … open
     * trajectories, and the median. A coordinator is a professional's account (the same person
     * across trajectories), never named; a family coordinating its own plan counts as one.
     */
    private Report caseloads(Scope scope) {
        Map<String, Integer> perCoordinator = new LinkedHashMap<>();
        jdbc.query("SELECT coordinator_key FROM " + scope.table("trajectory_report")
                        + where(openAtEnd(scope, scope.table("trajectory_report")) + " AND coordinator_key IS NOT NULL",
                        "trajectory_report", scope),
                filter(new MapSqlParameterSource(), scope),
                rs -> {
                    perCoordinator.merge(rs.getString(1), 1, Integer::sum);
                });
        List<Map<String, Report.Cell>> rows = new ArrayList<>();
        for (int[] band : CASELOAD_BANDS) {
            String name = band[1] == Integer.MAX_VALUE ? "COORDINATORS_WITH_" + band[0] + "_OR_MORE"
                    : "COORDINATORS_WITH_" + band[0] + "_TO_" + band[1];
            rows.add(value(name, cell((int) perCoordinator.values().stream()
                    .filter(open -> open >= band[0] && open <= band[1]).count())));
        }
        rows.add(value("MEDIAN_OPEN_TRAJECTORIES_PER_COORDINATOR",
                median(perCoordinator.values().stream().map(Integer::longValue).toList())));
        return report("caseloads", scope, List.of("measure", "value"), rows);
    }

    /**
     * Escalations per coded reason: escalated in the period, of those to a safety level (Veilig
     * Thuis, the Child Protection Board), de-escalated in the period with the median days it took.
     * Escalations from before reasons were coded count as NOT_RECORDED.
     */
    private Report escalationReasons(Scope scope) {
        List<String> safetyLevels = Arrays.stream(EscalationLevel.values()).filter(EscalationLevel::safety)
                .map(Enum::name).toList();
        List<Map<String, Report.Cell>> rows = new ArrayList<>();
        for (EscalationReason reason : EscalationReason.values()) {
            String coded = reason == EscalationReason.NOT_RECORDED
                    ? "(reason_code IS NULL OR reason_code = :reason)" : "reason_code = :reason";
            String escalated = coded + " AND escalated_on >= :from AND escalated_on < :to";
            String resolved = coded + " AND deescalated_on >= :from AND deescalated_on < :to";
            Map<String, Report.Cell> row = new LinkedHashMap<>();
            int toSafetyLevel = count("escalation_report", escalated + " AND level IN (:safety)",
                    new MapSqlParameterSource("reason", reason.name()).addValue("safety", safetyLevels), scope);
            row.put("reason", Report.Cell.of(reason.name()));
            // The rest went to a level that is no safety level.
            row.put("escalated", cells.total(count("escalation_report", escalated,
                    new MapSqlParameterSource("reason", reason.name()), scope), new int[]{toSafetyLevel}));
            row.put("toSafetyLevel", cell(toSafetyLevel));
            row.put("deescalated", cell(count("escalation_report", resolved,
                    new MapSqlParameterSource("reason", reason.name()), scope)));
            row.put("medianDaysToDeescalate", median(days("escalated_on", "deescalated_on", "escalation_report",
                    resolved, new MapSqlParameterSource("reason", reason.name()), scope)));
            rows.add(row);
        }
        return report("escalation-reasons", scope, List.of("reason", "escalated", "toSafetyLevel", "deescalated",
                "medianDaysToDeescalate"), rows);
    }

    /**
     * Safety decisions, each taken against the family's wish, in the period: how many, in how many
     * trajectories, and whether the family was still given options ("if this, then that").
     */
    private Report safetyDecisions(Scope scope) {
        String decided = "decided_on >= :from AND decided_on < :to";
        int withOptions = count("safety_decision_report", decided + " AND options_put_to_family",
                new MapSqlParameterSource(), scope);
        int withoutOptions = count("safety_decision_report", decided + " AND NOT options_put_to_family",
                new MapSqlParameterSource(), scope);
        List<Map<String, Report.Cell>> rows = new ArrayList<>();
        rows.add(value("SAFETY_DECISIONS_AGAINST_FAMILY_WISH", cells.total(count("safety_decision_report", decided,
                new MapSqlParameterSource(), scope), new int[]{withOptions, withoutOptions})));
        rows.add(value("TRAJECTORIES_WITH_SAFETY_DECISION", cell(aggregate("count(DISTINCT trajectory_id)",
                "safety_decision_report", decided, new MapSqlParameterSource(), scope))));
        rows.add(value("WITH_OPTIONS_PUT_TO_FAMILY", cell(withOptions)));
        rows.add(value("WITHOUT_OPTIONS_PUT_TO_FAMILY", cell(withoutOptions)));
        return report("safety-decisions", scope, List.of("measure", "value"), rows);
    }

    private static Map<String, Report.Cell> value(String measure, Report.Cell value) {
        Map<String, Report.Cell> row = new LinkedHashMap<>();
        row.put("measure", Report.Cell.of(measure));
        row.put("value", value);
        return row;
    }

    /**
     * A percentage of a whole, shown only when both counts are shown: otherwise it would give
     * away the suppressed one.
     */
    private Report.Cell share(int part, int whole) {
        if (whole == 0) {
            return Report.Cell.of("-");
        }
        if (cells.small(part) || cells.small(whole) || cells.small(whole - part)) {
            return Report.Cell.of("<" + cells.minimumCell());
        }
        double percent = Math.round(part * 1000.0 / whole) / 10.0;
        return new Report.Cell((int) Math.round(percent), percent + "%");
    }

    /** Days from {@code start} to {@code end} for each row meeting the condition. */
    private List<Long> days(String start, String end, String table, String condition,
                            MapSqlParameterSource parameters, Scope scope) {
        return jdbc.query("SELECT " + start + ", " + end + " FROM " + scope.table(table)
                        + where(condition, table, scope),
                filter(parameters, scope),
                (rs, row) -> ChronoUnit.DAYS.between(rs.getObject(1, LocalDate.class),
                        rs.getObject(2, LocalDate.class)));
    }

    /** The median of the values, or suppressed when there are fewer than the minimum cell. */
    private Report.Cell median(List<Long> values) {
        if (values.isEmpty()) {
            return Report.Cell.of("-");
        }
        if (values.size() < cells.minimumCell()) {
            return Report.Cell.of("<" + cells.minimumCell());
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle)
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
        String display = median == Math.rint(median) ? Long.toString((long) median) : Double.toString(median);
        return new Report.Cell((int) Math.round(median), display);
    }

    private Report measures(String name, List<Measure> measures, Scope scope) {
        List<Map<String, Report.Cell>> rows = new ArrayList<>();
        for (Measure measure : measures) {
            rows.add(measure(measure.name(), cell(count(measure.table(), measure.condition(),
                    new MapSqlParameterSource(), scope))));
        }
        return report(name, scope, List.of("measure", "count"), rows);
    }

    private static Map<String, Report.Cell> measure(String measure, Report.Cell count) {
        Map<String, Report.Cell> row = new LinkedHashMap<>();
        row.put("measure", Report.Cell.of(measure));
        row.put("count", count);
        return row;
    }

    /** One counted line of a report: rows of {@code table} meeting {@code condition}. */
    private record Measure(String name, String table, String condition) {
    }

    private Report report(String name, Scope scope, List<String> columns, List<Map<String, Report.Cell>> rows) {
        long position = scope.position();
        Instant eventTime = position < 0 ? null : jdbc.query("SELECT timestamp FROM domainevententry "
                        + "WHERE globalindex = :position", new MapSqlParameterSource("position", position),
                (rs, row) -> Instant.parse(rs.getString(1))).stream().findFirst().orElse(null);
        ReportPeriod period = scope.query().period();
        return new Report(name, period.name(), period.type(), period.from(), period.to(),
                scope.query().municipality(), scope.query().organisation(), position, eventTime, scope.version(),
                cells.minimumCell(), columns, rows);
    }

    private int count(String condition, String value, Scope scope) {
        return count("trajectory_report", condition, new MapSqlParameterSource("value", value), scope);
    }

    private int count(String table, String condition, MapSqlParameterSource parameters, Scope scope) {
        return aggregate("count(*)", table, condition, parameters, scope);
    }

    private int aggregate(String expression, String table, String condition, MapSqlParameterSource parameters,
                          Scope scope) {
        Integer count = jdbc.queryForObject("SELECT coalesce(" + expression + ", 0) FROM " + scope.table(table)
                + where(condition, table, scope), filter(parameters, scope), Integer.class);
        return count == null ? 0 : count;
    }

    /**
     * Open at the end of the period: opened before it ends and not closed then, from the closures'
     * history ({@code trajectory} names the trajectory table or its alias). A trajectory closed in
     * March and reopened in May was closed at the end of March.
     */
    private static String openAtEnd(Scope scope, String trajectory) {
        return trajectory + ".opened_on < :to AND NOT EXISTS (SELECT 1 FROM " + scope.table("closure_report")
                + " c WHERE c.trajectory_id = " + trajectory + ".trajectory_id AND c.closed_on < :to "
                + "AND (c.reopened_on IS NULL OR c.reopened_on >= :to))";
    }

    /**
     * The condition, narrowed to the municipality and to the organisation coordinating the
     * trajectory when they are asked for (ignoring case); a closure by the organisation that
     * coordinated it when it closed.
     */
    private static String where(String condition, String table, Scope scope) {
        return where(condition, table, scope, "");
    }

    /** The same for a query that names {@code table} by an alias ({@code "d."}) beside other tables. */
    private static String where(String condition, String table, Scope scope, String alias) {
        String where = " WHERE " + condition;
        if (scope.query().municipality() != null) {
            where += " AND lower(" + alias + "municipality) = lower(:municipality)";
        }
        if (scope.query().organisation() != null) {
            where += table.equals("trajectory_report") || table.equals("closure_report")
                    ? " AND lower(" + alias + "coordinator_organisation) = lower(:organisation)"
                    : " AND " + alias + "trajectory_id IN (SELECT trajectory_id FROM "
                    + scope.table("trajectory_report") + " WHERE " + ORGANISATION + ")";
        }
        return where;
    }

    /** The period as days (from, to) and as Dutch midnights (fromStart, toStart), and the municipality. */
    private static MapSqlParameterSource filter(MapSqlParameterSource parameters, Scope scope) {
        LocalDate from = scope.query().from();
        LocalDate to = scope.query().to();
        return parameters.addValue("from", Date.valueOf(from)).addValue("to", Date.valueOf(to))
                .addValue("fromStart", Timestamp.from(from.atStartOfDay(DUTCH_TIME).toInstant()))
                .addValue("toStart", Timestamp.from(to.atStartOfDay(DUTCH_TIME).toInstant()))
                .addValue("municipality", scope.query().municipality())
                .addValue("organisation", scope.query().organisation());
    }

    /** 1 to 4 (below the minimum) show as "<5"; zero shows, it points to nobody. */
    private Report.Cell cell(int count) {
        return cells.count(count);
    }
}
