package nl.oneplan.events;

/** Who formulated a goal: the family directs, so this is what the research asks about. */
public enum GoalAuthorship {
    FAMILY, TOGETHER, PROFESSIONAL_ACCEPTED_BY_FAMILY
}
