package nl.oneplan.command.trajectory.roundtable;

import nl.oneplan.command.trajectory.DomainException;
import nl.oneplan.command.trajectory.ErrorCode;

import nl.oneplan.events.MinutesApprovedByFamily;
import nl.oneplan.events.MinutesDistributed;
import nl.oneplan.events.MinutesDrafted;
import nl.oneplan.events.MinutesSentToFamily;
import nl.oneplan.events.PartAttendance;
import nl.oneplan.events.RoundTableHeld;
import nl.oneplan.events.RoundTablePart;
import nl.oneplan.events.RoundTableScheduled;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The trajectory's round tables: which are scheduled with which parts, which were held, and where
 * each one's minutes stand. Part of {@link FamilyTrajectory}: it owns this state and its
 * event-sourcing handlers, and answers the rules about it; the root applies the events.
 */
public class RoundTables {

    /**
     * The minutes go to the family first, are approved by it, and only then go to others; a draft
     * may be redrafted until it is sent.
     */
    public enum MinutesStage {
        NONE, DRAFTED, SENT_TO_FAMILY, APPROVED, DISTRIBUTED;

        public boolean mayBecome(MinutesStage next) {
            return switch (next) {
                case DRAFTED -> this == NONE || this == DRAFTED;
                case SENT_TO_FAMILY -> this == DRAFTED;
                case APPROVED -> this == SENT_TO_FAMILY;
                case DISTRIBUTED -> this == APPROVED;
                case NONE -> false;
            };
        }
    }

    /** One round table as far as the rules need it. */
    public record RoundTable(List<RoundTablePart> parts, LocalDate heldOn, MinutesStage minutes) {
        public RoundTable held(LocalDate on) {
            return new RoundTable(parts, on, minutes);
        }

        public RoundTable minutes(MinutesStage stage) {
            return new RoundTable(parts, heldOn, stage);
        }
    }

    private final Map<Integer, RoundTable> scheduled = new HashMap<>();

    public int next() {
        return scheduled.size() + 1;
    }

    public boolean any() {
        return !scheduled.isEmpty();
    }

    public RoundTable assertScheduled(int number) {
        RoundTable roundTable = scheduled.get(number);
        if (roundTable == null) {
            throw new DomainException(ErrorCode.ROUND_TABLE_NOT_FOUND, "roundTableNumber", "no round table " + number);
        }
        return roundTable;
    }

    public RoundTable assertHeld(int number) {
        RoundTable roundTable = assertScheduled(number);
        if (roundTable.heldOn() == null) {
            throw new DomainException(ErrorCode.ROUND_TABLE_NOT_HELD, "roundTableNumber",
                    "round table " + number + " has not been held yet");
        }
        return roundTable;
    }

    /** The held round table whose minutes may move to {@code next}. */
    public RoundTable assertMinutesMayBecome(int number, MinutesStage next) {
        RoundTable roundTable = assertHeld(number);
        if (!roundTable.minutes().mayBecome(next)) {
            throw new DomainException(ErrorCode.MINUTES_OUT_OF_ORDER, "the minutes of round table " + number
                    + " are " + roundTable.minutes().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + "; they are drafted, sent to the family, approved by it, then distributed");
        }
        return roundTable;
    }

    /** A step in the minutes is dated on or after the round table. */
    public static LocalDate assertNotBeforeHeld(RoundTable roundTable, LocalDate date, String field) {
        if (date.isBefore(roundTable.heldOn())) {
            throw new DomainException(ErrorCode.DATE_BEFORE_ROUND_TABLE, field,
                    "the round table was held on " + roundTable.heldOn());
        }
        return date;
    }

    /** Attendance per part, in the order of the parts; only those invited to a part attend it. */
    public static List<PartAttendance> assertAttendance(RoundTable roundTable, List<PartAttendance> attendance) {
        List<RoundTablePart> parts = roundTable.parts();
        if (attendance == null || attendance.size() != parts.size()) {
            throw new DomainException(ErrorCode.ATTENDANCE_DOES_NOT_MATCH_PARTS, "attendance",
                    "give who attended for each of the " + parts.size() + " parts");
        }
        List<PartAttendance> checked = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            PartAttendance present = attendance.get(i);
            List<UUID> memberIds = present.memberIds() == null ? List.of() : present.memberIds();
            List<UUID> participantIds = present.participantIds() == null ? List.of() : present.participantIds();
            if (!parts.get(i).memberIds().containsAll(memberIds)
                    || !parts.get(i).participantIds().containsAll(participantIds)) {
                throw new DomainException(ErrorCode.NOT_INVITED, "attendance",
                        "only those the family invited to part " + (i + 1) + " attend it");
            }
            checked.add(new PartAttendance(List.copyOf(memberIds), List.copyOf(participantIds)));
        }
        return List.copyOf(checked);
    }

    @EventSourcingHandler
    void on(RoundTableScheduled event) {
        scheduled.put(event.roundTableNumber(), new RoundTable(event.parts(), null, MinutesStage.NONE));
    }

    @EventSourcingHandler
    void on(RoundTableHeld event) {
        scheduled.computeIfPresent(event.roundTableNumber(), (number, table) -> table.held(event.heldOn()));
    }

    @EventSourcingHandler
    void on(MinutesDrafted event) {
        minutes(event.roundTableNumber(), MinutesStage.DRAFTED);
    }

    @EventSourcingHandler
    void on(MinutesSentToFamily event) {
        minutes(event.roundTableNumber(), MinutesStage.SENT_TO_FAMILY);
    }

    @EventSourcingHandler
    void on(MinutesApprovedByFamily event) {
        minutes(event.roundTableNumber(), MinutesStage.APPROVED);
    }

    @EventSourcingHandler
    void on(MinutesDistributed event) {
        minutes(event.roundTableNumber(), MinutesStage.DISTRIBUTED);
    }

    private void minutes(int number, MinutesStage stage) {
        scheduled.computeIfPresent(number, (n, table) -> table.minutes(stage));
    }
}
