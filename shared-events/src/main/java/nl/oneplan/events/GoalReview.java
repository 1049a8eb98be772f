package nl.oneplan.events;

/** What a round table concluded about one goal. */
public record GoalReview(int goalNumber, GoalReviewOutcome outcome, String note) {
}
