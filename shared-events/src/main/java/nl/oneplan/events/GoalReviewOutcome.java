package nl.oneplan.events;

public enum GoalReviewOutcome {
    ON_TRACK, ADJUST, ACHIEVED, DROP
}
