package nl.oneplan.events;

public enum GoalDropReason {
    NO_LONGER_APPLICABLE, REPLACED, FAMILYS_CHOICE
}
