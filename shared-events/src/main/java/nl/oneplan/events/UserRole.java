package nl.oneplan.events;

/**
 * What a signed-in person may do in OnePlan. Family members signing in themselves will get a
 * role of their own, linked to their member record by user id the way professionals are linked
 * to participants.
 */
public enum UserRole {
    /** Opens trajectories and coordinates them; acts where involved. */
    COORDINATOR,
    /** A professional of an involved organisation; acts where involved. */
    PROFESSIONAL,
    /** Reads audit, access and consent history of every trajectory; changes nothing. */
    PRIVACY_OFFICER,
    /** Reports and projection rebuilds; never personal data. */
    ANALYST,
    /** Operations: processor status and rebuilds; no plan contents. */
    ADMIN
}
