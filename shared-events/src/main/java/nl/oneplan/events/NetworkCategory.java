package nl.oneplan.events;

/** Categories of the network map (netwerkkaart). */
public enum NetworkCategory {
    RELATIVES, FRIENDS, ACQUAINTANCES, NEIGHBOURS, WORK_OR_SCHOOL, CLUB, RELIGION, OTHER
}
