package nl.oneplan.events;

/**
 * The events about the trajectory opens, moves to closure (proposal, final evaluation, who is
 * informed), closes and reopens.
 */
public sealed interface LifecycleEvent extends TrajectoryEvent permits
        TrajectoryOpened,
        ClosureProposed,
        FinalEvaluationHeld,
        ClosureInformationRecorded,
        TrajectoryClosed,
        TrajectoryReopened {
}
