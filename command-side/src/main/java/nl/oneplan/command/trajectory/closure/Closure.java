package nl.oneplan.command.trajectory.closure;

import nl.oneplan.command.trajectory.DomainException;
import nl.oneplan.command.trajectory.ErrorCode;

import nl.oneplan.events.ClosureInformationRecorded;
import nl.oneplan.events.ClosureProposed;
import nl.oneplan.events.ClosureReason;
import nl.oneplan.events.FinalEvaluationHeld;
import nl.oneplan.events.TrajectoryClosed;
import nl.oneplan.events.TrajectoryReopened;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;

/**
 * The way to the end of a trajectory: the proposal with its reason, the final evaluation with the
 * family, agreeing who is informed, the closure, and a reopening that starts the way again. Part of
 * {@link FamilyTrajectory}: it owns this state and its event-sourcing handlers, and answers the
 * rules about it; the root applies the events.
 */
public class Closure {

    private ClosureProposed proposal;
    private boolean finalEvaluationHeld;
    private boolean informationRecorded;
    private LocalDate closedOn;

    /** A closed trajectory changes only by being reopened (consent stays the family's right). */
    public void assertNotClosed() {
        if (closedOn != null) {
            throw new DomainException(ErrorCode.TRAJECTORY_CLOSED,
                    "the trajectory was closed on " + closedOn + "; reopen it to change the plan");
        }
    }

    public void assertNotProposed() {
        if (proposal != null) {
            throw new DomainException(ErrorCode.CLOSURE_ALREADY_PROPOSED, "closure was proposed on "
                    + proposal.proposedOn() + " (" + proposal.reason() + ")");
        }
    }

    public void assertNoFinalEvaluationYet() {
        if (finalEvaluationHeld) {
            throw new DomainException(ErrorCode.FINAL_EVALUATION_ALREADY_HELD,
                    "the final evaluation with the family was already held");
        }
    }

    /** The proposal the closure follows; refused when there is none. */
    public ClosureProposed assertProposed() {
        if (proposal == null) {
            throw new DomainException(ErrorCode.CLOSURE_NOT_PROPOSED, "propose the closure, with its reason, first");
        }
        return proposal;
    }

    /**
     * Whether the trajectory may close on {@code closed} for the proposed reason: after the final
     * evaluation and agreeing who is informed, or for a forced reason, without the evaluation if
     * an explanation says why. Answers whether it closes without the final evaluation.
     */
    public boolean assertMayClose(LocalDate closed, String explanation) {
        ClosureProposed proposed = assertProposed();
        if (closed.isBefore(proposed.proposedOn())) {
            throw new DomainException(ErrorCode.DATE_BEFORE_CLOSURE, "closedOn",
                    "the closure was proposed on " + proposed.proposedOn());
        }
        ClosureReason reason = proposed.reason();
        if (!reason.forced()) {
            if (!finalEvaluationHeld) {
                throw new DomainException(ErrorCode.CLOSURE_NEEDS_FINAL_EVALUATION,
                        "a trajectory closes after the final evaluation with the family");
            }
            if (!informationRecorded) {
                throw new DomainException(ErrorCode.CLOSURE_NEEDS_INFORMED_PARTIES,
                        "first agree with the family who is informed of the closure, and record it");
            }
        } else if (!finalEvaluationHeld && explanation == null) {
            throw new DomainException(ErrorCode.EXPLANATION_REQUIRED, "explanation",
                    "closing without a final evaluation (" + reason + ") needs an explanation");
        }
        return !finalEvaluationHeld;
    }

    /** The day it closed, for a reopening on or after it; refused when it is open. */
    public LocalDate assertClosed() {
        if (closedOn == null) {
            throw new DomainException(ErrorCode.TRAJECTORY_NOT_CLOSED, "the trajectory is not closed");
        }
        return closedOn;
    }

    public void assertReopenedAfterClosure(LocalDate reopenedOn) {
        if (reopenedOn.isBefore(assertClosed())) {
            throw new DomainException(ErrorCode.DATE_BEFORE_CLOSURE, "reopenedOn",
                    "the trajectory was closed on " + closedOn);
        }
    }

    public boolean finalEvaluationHeld() {
        return finalEvaluationHeld;
    }

    @EventSourcingHandler
    void on(ClosureProposed event) {
        proposal = event;
    }

    @EventSourcingHandler
    void on(FinalEvaluationHeld event) {
        finalEvaluationHeld = true;
    }

    @EventSourcingHandler
    void on(ClosureInformationRecorded event) {
        informationRecorded = true;
    }

    @EventSourcingHandler
    void on(TrajectoryClosed event) {
        closedOn = event.closedOn();
    }

    @EventSourcingHandler
    void on(TrajectoryReopened event) {
        closedOn = null;
        proposal = null;
        finalEvaluationHeld = false;
        informationRecorded = false;
    }
}
