package nl.oneplan.events;

/** The events about round tables, their cadence and the minutes workflow. */
public sealed interface RoundTableEvent extends TrajectoryEvent permits
        RoundTableScheduled,
        RoundTableHeld,
        RoundTableIntervalSet,
        MinutesDrafted,
        MinutesSentToFamily,
        MinutesApprovedByFamily,
        MinutesDistributed {
}
