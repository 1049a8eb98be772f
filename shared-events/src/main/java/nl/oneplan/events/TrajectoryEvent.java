package nl.oneplan.events;

import java.util.UUID;

/**
 * Every change to a family trajectory, grouped by capability. Sealed: a reader or a test can know
 * every event there is (a new one must be placed in a group), while the stored type names stay the
 * records' own.
 */
public sealed interface TrajectoryEvent permits LifecycleEvent, InvolvementEvent, PlanEvent, RoundTableEvent,
        CareEvent, ConsentEvent {

    /** The trajectory the event belongs to: the aggregate's identifier. */
    UUID trajectoryId();
}
