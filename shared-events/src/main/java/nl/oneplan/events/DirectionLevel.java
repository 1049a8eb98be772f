package nl.oneplan.events;

/**
 * The ladder of roles a family member can take in their own trajectory, from being "the problem
 * case" to owning the solution. What matters is that the role fits and is explicit.
 */
public enum DirectionLevel {
    OBJECT, INFORMATION_PROVIDER, ADVISER, ASSESSOR, CO_DECIDER, DRIVING_FORCE
}
