package nl.oneplan.events;

/**
 * The catalogue of what can be shared about a family member. {@code PLAN_COPY} is the plan as a
 * whole: a permit for it covers every category, a denial of it blocks every category.
 */
public enum InformationCategory {
    CONTACT_DETAILS, GOALS, AGREEMENTS, ROUND_TABLE_MINUTES, INDICATIONS, DIRECTION_AND_EVALUATION,
    SAFETY_CONCERNS, PLAN_COPY;

    /** Goals and agreements can be narrowed to one life domain. */
    public boolean hasLifeDomains() {
        return this == GOALS || this == AGREEMENTS;
    }
}
