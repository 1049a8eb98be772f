package nl.oneplan.events;

/** How the parties coordinate among each other (afspraken over afstemming). */
public enum ArrangementKind {
    EMAIL, PHONE, COORDINATION_MEETING, OTHER
}
