package nl.oneplan.events;

/** The life domains (leefgebieden) a family plan covers. */
public enum LifeDomain {
    HOUSING,
    WORK_INCOME_DEBTS,
    EDUCATION_AND_UPBRINGING,
    HEALTH_AND_PSYCHOSOCIAL,
    ADDICTION,
    DOMESTIC_VIOLENCE,
    CRIME_AND_SAFETY,
    SOCIAL_NETWORK,
    OTHER
}
