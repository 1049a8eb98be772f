package nl.oneplan.events;

public enum ConsentForm {
    VERBAL, WRITTEN
}
