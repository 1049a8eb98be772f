package nl.oneplan.events;

/** What one goal came to, in the words of the final evaluation. */
public record GoalResult(int goalNumber, String result) {
}
