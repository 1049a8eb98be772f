package nl.oneplan.events;

/** The events about the family's direction, indications, escalations and safety decisions. */
public sealed interface CareEvent extends TrajectoryEvent permits
        DirectionLevelRecorded,
        IndicationRegistered,
        IndicationExtended,
        IndicationEnded,
        Escalated,
        Deescalated,
        SafetyDecisionRecorded {
}
