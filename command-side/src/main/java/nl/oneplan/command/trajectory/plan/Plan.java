package nl.oneplan.command.trajectory.plan;

import java.util.Set;
import java.util.HashSet;
import nl.oneplan.events.GoalReviewOutcome;
import nl.oneplan.events.GoalResult;
import nl.oneplan.events.GoalReview;
import nl.oneplan.command.trajectory.DomainException;
import nl.oneplan.command.trajectory.ErrorCode;

import nl.oneplan.events.AgreementCancelled;
import nl.oneplan.events.AgreementCompleted;
import nl.oneplan.events.AgreementMade;
import nl.oneplan.events.GoalAchieved;
import nl.oneplan.events.GoalDropped;
import nl.oneplan.events.GoalRevised;
import nl.oneplan.events.GoalSet;
import nl.oneplan.events.LifeDomain;
import nl.oneplan.events.PartyRef;
import nl.oneplan.events.StandardAgreement;
import nl.oneplan.rules.PlanCopyRule;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The family's plan: its goals and agreements (numbered 1, 2, …), and which agreements are the
 * two standard ones of this round of the trajectory. Part of {@link FamilyTrajectory}: it owns this
 * state and its event-sourcing handlers, and answers the rules about it.
 */
public class Plan {

    /** A goal as far as the rules need it. */
    public record Goal(LocalDate startDate, String description, LocalDate plannedEndDate, List<UUID> memberIds,
                boolean achieved, boolean dropped, LifeDomain lifeDomain) {
        public Goal revised(String newDescription, LocalDate newPlannedEnd, List<UUID> newMembers) {
            return new Goal(startDate, newDescription, newPlannedEnd, newMembers, achieved, dropped, lifeDomain);
        }

        public Goal ended(boolean isAchieved, boolean isDropped) {
            return new Goal(startDate, description, plannedEndDate, memberIds, isAchieved, isDropped, lifeDomain);
        }
    }

    /** An agreement as far as the rules need it. */
    public record Agreement(LocalDate startDate, boolean completed, boolean cancelled, StandardAgreement standard,
                     PartyRef who, Integer goalNumber) {
        public boolean done() {
            return completed || cancelled;
        }

        public Agreement ended(boolean isCompleted, boolean isCancelled) {
            return new Agreement(startDate, isCompleted, isCancelled, standard, who, goalNumber);
        }
    }

    private final Map<Integer, Goal> goals = new HashMap<>();
    private final Map<Integer, Agreement> agreements = new HashMap<>();
    private final Map<StandardAgreement, Integer> standardAgreements = new EnumMap<>(StandardAgreement.class);

    public int nextGoal() {
        return goals.size() + 1;
    }

    public int nextAgreement() {
        return agreements.size() + 1;
    }

    public boolean hasGoal(int goalNumber) {
        return goals.containsKey(goalNumber);
    }

    public Goal assertGoalInProgress(int goalNumber) {
        Goal goal = goals.get(goalNumber);
        if (goal == null) {
            throw new DomainException(ErrorCode.GOAL_NOT_FOUND, "goalNumber", "no goal " + goalNumber);
        }
        if (goal.achieved()) {
            throw new DomainException(ErrorCode.GOAL_ALREADY_ACHIEVED, "goalNumber",
                    "goal " + goalNumber + " is already achieved");
        }
        if (goal.dropped()) {
            throw new DomainException(ErrorCode.GOAL_DROPPED, "goalNumber", "goal " + goalNumber + " was dropped");
        }
        return goal;
    }

    public Agreement assertAgreementOpen(int agreementNumber) {
        Agreement agreement = agreements.get(agreementNumber);
        if (agreement == null) {
            throw new DomainException(ErrorCode.AGREEMENT_NOT_FOUND, "agreementNumber",
                    "no agreement " + agreementNumber);
        }
        if (agreement.completed()) {
            throw new DomainException(ErrorCode.AGREEMENT_ALREADY_COMPLETED, "agreementNumber",
                    "agreement " + agreementNumber + " is already completed");
        }
        if (agreement.cancelled()) {
            throw new DomainException(ErrorCode.AGREEMENT_CANCELLED, "agreementNumber",
                    "agreement " + agreementNumber + " was cancelled");
        }
        return agreement;
    }

    /** This round's standard agreement while it is open: what the evaluation or the informing completes. */
    public Optional<Integer> openStandardAgreement(StandardAgreement standard) {
        Integer number = standardAgreements.get(standard);
        return number != null && !agreements.get(number).done() ? Optional.of(number) : Optional.empty();
    }

    public List<PlanCopyRule.GoalOutline> goalOutlines() {
        return goals.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(goal -> new PlanCopyRule.GoalOutline(goal.getKey(), goal.getValue().lifeDomain(),
                        goal.getValue().memberIds())).toList();
    }

    public List<PlanCopyRule.AgreementOutline> agreementOutlines() {
        return agreements.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(agreement -> new PlanCopyRule.AgreementOutline(agreement.getKey(),
                        agreement.getValue().goalNumber())).toList();
    }

    public void assertAchievable(int goalNumber, LocalDate achievedOn) {
        Goal goal = goals.get(goalNumber);
        if (achievedOn.isBefore(goal.startDate())) {
            throw new DomainException(ErrorCode.ACHIEVED_BEFORE_GOAL_START, "achievedOn",
                    "goal " + goalNumber + " starts on " + goal.startDate());
        }
    }

    public void assertEndsAfterStart(int goalNumber, LocalDate plannedEnd) {
        Goal goal = goals.get(goalNumber);
        if (plannedEnd.isBefore(goal.startDate())) {
            throw new DomainException(ErrorCode.PLANNED_END_BEFORE_START, "plannedEndDate",
                    "goal " + goalNumber + " starts on " + goal.startDate());
        }
    }

    /** Whether a revision changes the goal; the same again is not a revision. */
    public boolean changes(int goalNumber, String description, LocalDate plannedEnd, List<UUID> memberIds) {
        Goal goal = goals.get(goalNumber);
        return !goal.equals(goal.revised(description, plannedEnd, memberIds));
    }

    /** A dropped goal is replaced by another goal of the plan, if by any. */
    public void assertReplacement(int goalNumber, Integer replacement) {
        if (replacement != null && (!hasGoal(replacement) || replacement == goalNumber)) {
            throw new DomainException(ErrorCode.UNKNOWN_GOAL, "replacedByGoal", "no other goal " + replacement);
        }
    }

    public void assertCompletable(int agreementNumber, LocalDate completedOn) {
        Agreement agreement = agreements.get(agreementNumber);
        if (completedOn.isBefore(agreement.startDate())) {
            throw new DomainException(ErrorCode.COMPLETED_BEFORE_AGREEMENT_START, "completedOn",
                    "agreement " + agreementNumber + " starts on " + agreement.startDate());
        }
    }

    /** The two standard agreements stay on every plan. */
    public void assertCancellable(int agreementNumber) {
        if (assertAgreementOpen(agreementNumber).standard() != null) {
            throw new DomainException(ErrorCode.STANDARD_AGREEMENT_STAYS, "agreementNumber",
                    "the final evaluation and agreeing who is informed stay on every plan");
        }
    }

    /** The goals a round table reviews: each one in progress, once, achieved not before it started. */
    public List<GoalReview> assertReviews(List<GoalReview> reviews, LocalDate heldOn) {
        Set<Integer> seen = new HashSet<>();
        for (GoalReview review : reviews) {
            // A goal named in the body is a reference, as in the final evaluation's results: 409, not 404.
            if (!hasGoal(review.goalNumber())) {
                throw new DomainException(ErrorCode.UNKNOWN_GOAL, "goalReviews", "no goal " + review.goalNumber());
            }
            Goal goal = assertGoalInProgress(review.goalNumber());
            if (!seen.add(review.goalNumber())) {
                throw new DomainException(ErrorCode.DUPLICATE_GOAL_REFERENCE, "goalReviews",
                        "goal " + review.goalNumber() + " is reviewed twice");
            }
            if (review.outcome() == GoalReviewOutcome.ACHIEVED && heldOn.isBefore(goal.startDate())) {
                throw new DomainException(ErrorCode.ACHIEVED_BEFORE_GOAL_START, "goalReviews",
                        "goal " + review.goalNumber() + " starts on " + goal.startDate());
            }
        }
        return reviews;
    }

    /** The final evaluation's result per goal: each one a goal of the plan, once. */
    public List<GoalResult> assertResults(List<GoalResult> results) {
        Set<Integer> seen = new HashSet<>();
        for (GoalResult result : results) {
            if (!hasGoal(result.goalNumber())) {
                throw new DomainException(ErrorCode.UNKNOWN_GOAL, "goalResults", "no goal " + result.goalNumber());
            }
            if (!seen.add(result.goalNumber())) {
                throw new DomainException(ErrorCode.DUPLICATE_GOAL_REFERENCE, "goalResults",
                        "goal " + result.goalNumber() + " has two results");
            }
        }
        return results;
    }

    @EventSourcingHandler
    void on(GoalSet event) {
        goals.put(event.goalNumber(), new Goal(event.startDate(), event.description(), event.plannedEndDate(),
                event.memberIds(), false, false, event.lifeDomain()));
    }

    @EventSourcingHandler
    void on(GoalAchieved event) {
        goals.computeIfPresent(event.goalNumber(), (number, goal) -> goal.ended(true, false));
    }

    @EventSourcingHandler
    void on(GoalRevised event) {
        goals.computeIfPresent(event.goalNumber(), (number, goal) -> goal.revised(event.description(),
                event.plannedEndDate(), event.memberIds()));
    }

    @EventSourcingHandler
    void on(GoalDropped event) {
        goals.computeIfPresent(event.goalNumber(), (number, goal) -> goal.ended(false, true));
    }

    @EventSourcingHandler
    void on(AgreementMade event) {
        agreements.put(event.agreementNumber(), new Agreement(event.startDate(), false, false, event.standard(),
                event.who(), event.goalNumber()));
        if (event.standard() != null) {
            standardAgreements.put(event.standard(), event.agreementNumber());
        }
    }

    @EventSourcingHandler
    void on(AgreementCompleted event) {
        agreements.computeIfPresent(event.agreementNumber(), (number, agreement) -> agreement.ended(true, false));
    }

    @EventSourcingHandler
    void on(AgreementCancelled event) {
        agreements.computeIfPresent(event.agreementNumber(), (number, agreement) -> agreement.ended(false, true));
    }
}
