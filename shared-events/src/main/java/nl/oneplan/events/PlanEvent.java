package nl.oneplan.events;

/** The events about the plan's goals and agreements. */
public sealed interface PlanEvent extends TrajectoryEvent permits
        GoalSet,
        GoalAchieved,
        GoalDropped,
        GoalRevised,
        AgreementMade,
        AgreementCompleted,
        AgreementRescheduled,
        AgreementCancelled {
}
