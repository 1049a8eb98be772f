package nl.oneplan.command.trajectory.care;

import nl.oneplan.command.trajectory.DomainException;
import nl.oneplan.command.trajectory.ErrorCode;

import nl.oneplan.events.Deescalated;
import nl.oneplan.events.DirectionLevelRecorded;
import nl.oneplan.events.Escalated;
import nl.oneplan.events.IndicationEnded;
import nl.oneplan.events.IndicationExtended;
import nl.oneplan.events.IndicationRegistered;
import nl.oneplan.events.SafetyDecisionRecorded;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The care records beside the plan: indications (beschikkingen) and whether they still run,
 * escalations and whether they were resolved, how many safety decisions were taken, and whether
 * anyone's direction was recorded. Part of {@link FamilyTrajectory}: it owns this state and its
 * event-sourcing handlers, and answers the rules about it.
 */
public class CareRecords {

    public record Indication(LocalDate validFrom, LocalDate validUntil, boolean ended) {
    }

    public record Escalation(LocalDate escalatedOn, boolean resolved) {
    }

    private final Map<UUID, Indication> indications = new HashMap<>();
    private final Map<Integer, Escalation> escalations = new HashMap<>();
    private int safetyDecisions;
    private boolean directionRecorded;

    public void assertNewIndication(UUID indicationId) {
        if (indications.containsKey(indicationId)) {
            throw new DomainException(ErrorCode.INDICATION_ALREADY_REGISTERED, "indicationId",
                    "indication " + indicationId + " is already registered");
        }
    }

    public Indication assertIndicationRunning(UUID indicationId) {
        Indication indication = indications.get(indicationId);
        if (indication == null) {
            throw new DomainException(ErrorCode.INDICATION_NOT_FOUND, "indicationId", "no indication " + indicationId);
        }
        if (indication.ended()) {
            throw new DomainException(ErrorCode.INDICATION_ENDED, "indicationId",
                    "indication " + indicationId + " has ended");
        }
        return indication;
    }

    public int nextEscalation() {
        return escalations.size() + 1;
    }

    public Escalation assertEscalationOpen(int number) {
        Escalation escalation = escalations.get(number);
        if (escalation == null) {
            throw new DomainException(ErrorCode.ESCALATION_NOT_FOUND, "escalationNumber", "no escalation " + number);
        }
        if (escalation.resolved()) {
            throw new DomainException(ErrorCode.ALREADY_DEESCALATED, "escalationNumber",
                    "escalation " + number + " is already resolved");
        }
        return escalation;
    }

    public int nextSafetyDecision() {
        return safetyDecisions + 1;
    }

    public boolean anyIndication() {
        return !indications.isEmpty();
    }

    public boolean anyEscalationOrSafetyDecision() {
        return !escalations.isEmpty() || safetyDecisions > 0;
    }

    public boolean directionRecorded() {
        return directionRecorded;
    }

    public void assertExtendable(UUID indicationId, LocalDate validUntil) {
        Indication indication = assertIndicationRunning(indicationId);
        if (!validUntil.isAfter(indication.validUntil())) {
            throw new DomainException(ErrorCode.EXTENSION_NOT_LATER, "validUntil",
                    "the indication already runs until " + indication.validUntil());
        }
    }

    public void assertEndable(UUID indicationId, LocalDate endedOn) {
        Indication indication = indications.get(indicationId);
        if (endedOn.isBefore(indication.validFrom())) {
            throw new DomainException(ErrorCode.DATE_BEFORE_INDICATION, "endedOn",
                    "the indication is valid from " + indication.validFrom());
        }
    }

    public void assertDeescalatable(int escalationNumber, LocalDate deescalatedOn) {
        Escalation escalation = escalations.get(escalationNumber);
        if (deescalatedOn.isBefore(escalation.escalatedOn())) {
            throw new DomainException(ErrorCode.DATE_BEFORE_ESCALATION, "deescalatedOn",
                    "escalation " + escalationNumber + " started on " + escalation.escalatedOn());
        }
    }

    @EventSourcingHandler
    void on(IndicationRegistered event) {
        indications.put(event.indicationId(), new Indication(event.validFrom(), event.validUntil(), false));
    }

    @EventSourcingHandler
    void on(IndicationExtended event) {
        indications.computeIfPresent(event.indicationId(), (id, indication) ->
                new Indication(indication.validFrom(), event.validUntil(), false));
    }

    @EventSourcingHandler
    void on(IndicationEnded event) {
        indications.computeIfPresent(event.indicationId(), (id, indication) ->
                new Indication(indication.validFrom(), indication.validUntil(), true));
    }

    @EventSourcingHandler
    void on(Escalated event) {
        escalations.put(event.escalationNumber(), new Escalation(event.escalatedOn(), false));
    }

    @EventSourcingHandler
    void on(Deescalated event) {
        escalations.computeIfPresent(event.escalationNumber(), (number, escalation) ->
                new Escalation(escalation.escalatedOn(), true));
    }

    @EventSourcingHandler
    void on(SafetyDecisionRecorded event) {
        safetyDecisions = event.decisionNumber();
    }

    @EventSourcingHandler
    void on(DirectionLevelRecorded event) {
        directionRecorded = true;
    }
}
