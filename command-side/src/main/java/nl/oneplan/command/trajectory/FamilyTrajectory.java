package nl.oneplan.command.trajectory;

import nl.oneplan.command.trajectory.care.CareRecords;
import nl.oneplan.command.trajectory.care.Deescalate;
import nl.oneplan.command.trajectory.care.EndIndication;
import nl.oneplan.command.trajectory.care.Escalate;
import nl.oneplan.command.trajectory.care.ExtendIndication;
import nl.oneplan.command.trajectory.care.RecordDirectionLevel;
import nl.oneplan.command.trajectory.care.RecordSafetyDecision;
import nl.oneplan.command.trajectory.care.RegisterIndication;
import nl.oneplan.command.trajectory.closure.CloseTrajectory;
import nl.oneplan.command.trajectory.closure.Closure;
import nl.oneplan.command.trajectory.closure.HoldFinalEvaluation;
import nl.oneplan.command.trajectory.closure.ProposeClosure;
import nl.oneplan.command.trajectory.closure.RecordClosureInformation;
import nl.oneplan.command.trajectory.closure.ReopenTrajectory;
import nl.oneplan.command.trajectory.consent.ConsentAuthorityPolicy;
import nl.oneplan.command.trajectory.consent.ConsentRegister;
import nl.oneplan.command.trajectory.consent.PurposeRules;
import nl.oneplan.command.trajectory.consent.CopyOutcome;
import nl.oneplan.command.trajectory.consent.GiveConsent;
import nl.oneplan.command.trajectory.consent.IssuePlanCopy;
import nl.oneplan.command.trajectory.consent.RecordDenial;
import nl.oneplan.command.trajectory.consent.ShareInformation;
import nl.oneplan.command.trajectory.consent.SharingOutcome;
import nl.oneplan.command.trajectory.consent.WithdrawConsent;
import nl.oneplan.command.trajectory.involvement.AssignCoordinator;
import nl.oneplan.command.trajectory.involvement.CorrectFamilyMember;
import nl.oneplan.command.trajectory.involvement.HandOverCoordination;
import nl.oneplan.command.trajectory.involvement.InvolveParticipant;
import nl.oneplan.command.trajectory.involvement.Involvement;
import nl.oneplan.command.trajectory.involvement.LinkParticipantAccount;
import nl.oneplan.command.trajectory.involvement.RecordCoordinationArrangement;
import nl.oneplan.command.trajectory.involvement.RecordFamilyContact;
import nl.oneplan.command.trajectory.involvement.RegisterFamilyMember;
import nl.oneplan.command.trajectory.involvement.UnlinkParticipantAccount;
import nl.oneplan.command.trajectory.involvement.WithdrawParticipant;
import nl.oneplan.command.trajectory.plan.CancelAgreement;
import nl.oneplan.command.trajectory.plan.CompleteAgreement;
import nl.oneplan.command.trajectory.plan.DropGoal;
import nl.oneplan.command.trajectory.plan.MakeAgreement;
import nl.oneplan.command.trajectory.plan.MarkGoalAchieved;
import nl.oneplan.command.trajectory.plan.Plan;
import nl.oneplan.command.trajectory.plan.RescheduleAgreement;
import nl.oneplan.command.trajectory.plan.ReviseGoal;
import nl.oneplan.command.trajectory.plan.SetGoal;
import nl.oneplan.command.trajectory.roundtable.DistributeMinutes;
import nl.oneplan.command.trajectory.roundtable.DraftMinutes;
import nl.oneplan.command.trajectory.roundtable.RecordMinutesApproval;
import nl.oneplan.command.trajectory.roundtable.RecordRoundTableHeld;
import nl.oneplan.command.trajectory.roundtable.RoundTables;
import nl.oneplan.command.trajectory.roundtable.ScheduleRoundTable;
import nl.oneplan.command.trajectory.roundtable.SendMinutesToFamily;
import nl.oneplan.command.trajectory.roundtable.SetRoundTableInterval;

import nl.oneplan.events.ActingUser;
import nl.oneplan.events.AgreementCancelled;
import nl.oneplan.events.AgreementCompleted;
import nl.oneplan.events.AgreementMade;
import nl.oneplan.events.AgreementRescheduled;
import nl.oneplan.events.Category;
import nl.oneplan.events.ClosureInformationRecorded;
import nl.oneplan.events.ClosureProposed;
import nl.oneplan.events.ClosureReason;
import nl.oneplan.events.ConsentForm;
import nl.oneplan.events.ConsentGiven;
import nl.oneplan.events.ConsentWithdrawn;
import nl.oneplan.events.CoordinationArrangementRecorded;
import nl.oneplan.events.CoordinationHandedOver;
import nl.oneplan.events.CoordinatorAssigned;
import nl.oneplan.events.Deescalated;
import nl.oneplan.events.DenialRecorded;
import nl.oneplan.events.DirectionLevel;
import nl.oneplan.events.DirectionLevelRecorded;
import nl.oneplan.events.DisclosedPart;
import nl.oneplan.events.DisclosureChannel;
import nl.oneplan.events.DisclosureRefused;
import nl.oneplan.events.Escalated;
import nl.oneplan.events.FamilyContactRecorded;
import nl.oneplan.events.FamilyMemberCorrected;
import nl.oneplan.events.FamilyMemberRegistered;
import nl.oneplan.events.FinalEvaluationHeld;
import nl.oneplan.events.GoalAchieved;
import nl.oneplan.events.GoalDropReason;
import nl.oneplan.events.GoalDropped;
import nl.oneplan.events.GoalResult;
import nl.oneplan.events.GoalReview;
import nl.oneplan.events.GoalReviewOutcome;
import nl.oneplan.events.GoalRevised;
import nl.oneplan.events.GoalSet;
import nl.oneplan.events.IndicationEnded;
import nl.oneplan.events.IndicationExtended;
import nl.oneplan.events.IndicationRegistered;
import nl.oneplan.events.InformationCategory;
import nl.oneplan.events.InformationShared;
import nl.oneplan.events.InformedParty;
import nl.oneplan.events.MinutesApprovedByFamily;
import nl.oneplan.events.MinutesDistributed;
import nl.oneplan.events.MinutesDrafted;
import nl.oneplan.events.MinutesSentToFamily;
import nl.oneplan.events.PartAttendance;
import nl.oneplan.events.ParticipantAccountLinked;
import nl.oneplan.events.ParticipantAccountUnlinked;
import nl.oneplan.events.ParticipantInvolved;
import nl.oneplan.events.ParticipantKind;
import nl.oneplan.events.ParticipantWithdrawn;
import nl.oneplan.events.PartyKind;
import nl.oneplan.events.PartyRef;
import nl.oneplan.events.Purpose;
import nl.oneplan.events.Recipient;
import nl.oneplan.events.RoundTableHeld;
import nl.oneplan.events.RoundTableIntervalSet;
import nl.oneplan.events.RoundTablePart;
import nl.oneplan.events.RoundTableScheduled;
import nl.oneplan.events.SafetyDecisionRecorded;
import nl.oneplan.events.StandardAgreement;
import nl.oneplan.events.StatutoryGround;
import nl.oneplan.events.TrajectoryClosed;
import nl.oneplan.events.TrajectoryOpened;
import nl.oneplan.events.TrajectoryReopened;
import nl.oneplan.events.UncoveredPair;
import nl.oneplan.rules.ConsentRule;
import nl.oneplan.rules.CoordinatingAccounts;
import nl.oneplan.rules.PlanCopyRule;
import nl.oneplan.rules.PurposeCatalogue;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * One family's 1Gezin1Plan trajectory. Its state lives in named parts, each owning its state and
 * event-sourcing handlers: {@link Involvement} (who is who), {@link Plan} (goals and agreements),
 * {@link CareRecords}, {@link RoundTables}, {@link ConsentRegister} and {@link Closure}. A command
 * handler here checks the gate (who may act, not closed) and the rules about the trajectory's
 * state (the command's shape was checked when it was built, {@link InputChecks}), lets the parts
 * decide, and applies the events. Every handler answers the trajectory's version after the
 * command. Who may act is decided by {@link TrajectoryAccessPolicy} from the acting user in the
 * command's metadata, which the server takes from the signed-in user.
 */
// Revision 4 keeps its state in named parts: older snapshots are ignored, history is replayed.
@Revision("4")
@Aggregate(snapshotTriggerDefinition = "familyTrajectorySnapshotTrigger", cache = "familyTrajectoryCache")
public class FamilyTrajectory {

    @AggregateIdentifier
    private UUID trajectoryId;
    private LocalDate startDate;
    @AggregateMember
    private final Involvement involvement = new Involvement();
    @AggregateMember
    private final Plan plan = new Plan();
    @AggregateMember
    private final CareRecords care = new CareRecords();
    @AggregateMember
    private final RoundTables roundTables = new RoundTables();
    @AggregateMember
    private final ConsentRegister consents = new ConsentRegister();
    @AggregateMember
    private final Closure closure = new Closure();

    /** How long before its recording a consent may start without counting as backdated. */
    private static final Duration RECORDING_MARGIN = Duration.ofMinutes(5);

    /** How far ahead of the server's clock a client's "now" may be: clocks differ, sharing is not planned. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    protected FamilyTrajectory() {
        // for Axon
    }

    /**
     * A trajectory kept in memory between commands may be behind the store when another command
     * process changed it since. A command on it is refused as a lost race before it acts: the
     * cache drops the trajectory on the rollback and the retry reads it from the store.
     */
    @CommandHandlerInterceptor
    void assertCurrent(Object command, EventStore events) {
        if (trajectoryId != null) {
            long stored = events.lastSequenceNumberFor(trajectoryId.toString()).orElse(-1L);
            Long version = getVersion();
            if (version == null || stored != version) {
                throw new ConcurrencyException("trajectory " + trajectoryId + " is at version " + stored
                        + " in the store; this process held version " + version);
            }
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public Accepted handle(OpenTrajectory command, MetaData metaData) {
        ActingUser opener = ActingUser.fromMetaData(metaData).orElse(null);
        TrajectoryAccessPolicy.assertMayOpen(opener);
        UUID openerParticipantId = command.openerParticipantId();
        apply(new TrajectoryOpened(command.trajectoryId(), command.familyName(), command.municipality(),
                command.startDate(), command.registration()));
        putStandardAgreementsOnTheList(command.trajectoryId(), command.startDate());
        apply(new ParticipantInvolved(command.trajectoryId(), openerParticipantId, ParticipantKind.PROFESSIONAL,
                opener.displayName(), null, opener.organisation(), null, null, null, null, Set.of()));
        apply(new ParticipantAccountLinked(command.trajectoryId(), openerParticipantId, opener.userId()));
        // Who opens a family coordinates it, and finds it on their caseload at once, unless they say otherwise.
        if (!Boolean.FALSE.equals(command.openerCoordinates())) {
            apply(new CoordinatorAssigned(command.trajectoryId(), PartyRef.participant(openerParticipantId)));
        }
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(RegisterFamilyMember command, Clock clock, MetaData metaData) {
        assertMayChange(metaData);
        UUID memberId = command.memberId();
        assertNotInFuture(command.dateOfBirth(), "dateOfBirth", clock);
        involvement.assertNewMember(memberId);
        apply(new FamilyMemberRegistered(trajectoryId, memberId, command.name(), command.dateOfBirth(),
                command.role(), command.custody()));
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(CorrectFamilyMember command, Clock clock, MetaData metaData) {
        assertMayChange(metaData);
        UUID memberId = command.memberId();
        assertNotInFuture(command.dateOfBirth(), "dateOfBirth", clock);
        Involvement.Member corrected = new Involvement.Member(command.name(), command.dateOfBirth(), command.role(),
                command.custody());
        if (!corrected.equals(involvement.assertMemberKnown(memberId))) {
            apply(new FamilyMemberCorrected(trajectoryId, memberId, corrected.name(), corrected.dateOfBirth(),
                    corrected.role(), corrected.custody()));
        }
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(RecordFamilyContact command, MetaData metaData) {
        assertMayChange(metaData);
        FamilyContactRecorded recorded = new FamilyContactRecorded(trajectoryId, command.address(),
                command.placeOfResidence(), command.phone(), command.email(), command.importantInformation());
        if (!recorded.equals(involvement.contact())) {
            apply(recorded);
        }
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(InvolveParticipant command, MetaData metaData) {
        assertMayChange(metaData);
        UUID participantId = command.participantId();
        String userId = command.userId();
        involvement.assertNewParticipant(participantId);
        involvement.assertAccountFree(userId, participantId);

        apply(new ParticipantInvolved(trajectoryId, participantId, command.kind(), command.name(),
                command.networkCategory(), command.organisation(), command.function(), command.relation(),
                command.email(), command.phone(), command.reachableDays()));
        if (userId != null) {
            apply(new ParticipantAccountLinked(trajectoryId, participantId, userId));
        }
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(LinkParticipantAccount command, MetaData metaData) {
        assertMayChange(metaData);
        if (involvement.assertMayLink(command.participantId(), command.userId())) {
            apply(new ParticipantAccountLinked(trajectoryId, command.participantId(), command.userId()));
        }
        return Accepted.at(getVersion());
    }

    /**
     * An account loses access only visibly, with a reason in the history. The account that
     * coordinates stays until coordination is handed over, so nobody takes a family over this way.
     */
    @CommandHandler
    public Accepted handle(UnlinkParticipantAccount command, MetaData metaData) {
        assertMayChange(metaData);
        String linked = involvement.assertMayUnlink(command.participantId());
        apply(new ParticipantAccountUnlinked(trajectoryId, command.participantId(), linked, command.reason()));
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(AssignCoordinator command, MetaData metaData) {
        assertMayChange(metaData);
        if (involvement.assertMayAssign(command.coordinator())) {
            apply(new CoordinatorAssigned(trajectoryId, command.coordinator()));
        }
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(RecordCoordinationArrangement command, MetaData metaData) {
        assertMayChange(metaData);
        CoordinationArrangementRecorded recorded = new CoordinationArrangementRecorded(trajectoryId, command.kind(),
                command.description());
        if (!recorded.equals(involvement.arrangement())) {
            apply(recorded);
        }
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(SetGoal command, MetaData metaData) {
        assertMayChange(metaData);
        assertNotBeforeStart(command.startDate(), "startDate");
        List<UUID> memberIds = involvement.assertKnownMembers(command.memberIds());

        int number = plan.nextGoal();
        apply(new GoalSet(trajectoryId, number, command.description(), command.lifeDomain(), memberIds,
                command.startDate(), command.plannedEndDate(), command.formulatedBy()));
        return Accepted.numbered(number, getVersion());
    }

    @CommandHandler
    public Accepted handle(MarkGoalAchieved command, Clock clock, MetaData metaData) {
        assertMayChange(metaData);
        plan.assertGoalInProgress(command.goalNumber());
        LocalDate achievedOn = assertNotInFuture(command.achievedOn(), "achievedOn", clock);
        plan.assertAchievable(command.goalNumber(), achievedOn);
        apply(new GoalAchieved(trajectoryId, command.goalNumber(), achievedOn));
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(MakeAgreement command, MetaData metaData) {
        assertMayChange(metaData);
        int number = plan.nextAgreement();
        apply(newAgreement(number, command.goalNumber(), command.who(), command.what(), command.startDate(),
                command.plannedEndDate()));
        return Accepted.numbered(number, getVersion());
    }

    /**
     * A new agreement as the rules allow it: what, who and when given, a known goal, someone
     * involved who has not withdrawn.
     */
    private AgreementMade newAgreement(int number, Integer goalNumber, UUID performer, String whatText,
                                       LocalDate start, LocalDate plannedEnd) {
        assertNotBeforeStart(start, "startDate");
        if (goalNumber != null && !plan.hasGoal(goalNumber)) {
            throw new DomainException(ErrorCode.UNKNOWN_GOAL, "goalNumber", "no goal " + goalNumber);
        }
        PartyRef who = involvement.assertKnownPerformer(performer);
        if (who.kind() == PartyKind.PARTICIPANT && involvement.hasWithdrawn(who.id())) {
            throw new DomainException(ErrorCode.PARTICIPANT_WITHDRAWN, "who",
                    "participant " + who.id() + " has withdrawn from the trajectory");
        }
        return new AgreementMade(trajectoryId, number, goalNumber, who, whatText, start, plannedEnd, null);
    }

    @CommandHandler
    public Accepted handle(CompleteAgreement command, Clock clock, MetaData metaData) {
        assertMayActOnAgreement(metaData, command.agreementNumber());
        LocalDate completedOn = assertNotInFuture(command.completedOn(), "completedOn", clock);
        plan.assertCompletable(command.agreementNumber(), completedOn);
        apply(new AgreementCompleted(trajectoryId, command.agreementNumber(), completedOn));
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(HandOverCoordination command, Clock clock, MetaData metaData) {
        assertMayChange(metaData);
        involvement.assertCoordinated();
        if (!command.familyInformed()) {
            // The family directs: a new coordinator they were not told about is not a handover.
            throw new DomainException(ErrorCode.FAMILY_NOT_INFORMED, "familyInformed",
                    "tell the family who their new coordinator is before handing over");
        }
        LocalDate handoverDate = assertDuringTrajectory(command.handoverDate(), "handoverDate", clock);
        involvement.assertMayHandOverTo(command.to());
        apply(new CoordinationHandedOver(trajectoryId, involvement.coordinator(), command.to(), command.reason(),
                handoverDate, command.familyInformed()));
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(WithdrawParticipant command, Clock clock, MetaData metaData) {
        assertMayChange(metaData);
        UUID participantId = command.participantId();
        LocalDate withdrawnOn = assertDuringTrajectory(command.withdrawnOn(), "withdrawnOn", clock);
        involvement.assertMayWithdraw(participantId);
        apply(new ParticipantWithdrawn(trajectoryId, participantId, withdrawnOn, command.reason()));
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(ReviseGoal command, MetaData metaData) {
        assertMayChange(metaData);
        plan.assertGoalInProgress(command.goalNumber());
        plan.assertEndsAfterStart(command.goalNumber(), command.plannedEndDate());
        List<UUID> memberIds = involvement.assertKnownMembers(command.memberIds());
        if (plan.changes(command.goalNumber(), command.description(), command.plannedEndDate(), memberIds)) {
            apply(new GoalRevised(trajectoryId, command.goalNumber(), command.description(),
                    command.plannedEndDate(), memberIds));
        }
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(DropGoal command, Clock clock, MetaData metaData) {
        assertMayChange(metaData);
        plan.assertGoalInProgress(command.goalNumber());
        Integer replacement = command.replacedByGoal();
        LocalDate droppedOn = assertDuringTrajectory(command.droppedOn(), "droppedOn", clock);
        plan.assertReplacement(command.goalNumber(), replacement);
        apply(new GoalDropped(trajectoryId, command.goalNumber(), command.reason(), replacement, droppedOn));
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(RescheduleAgreement command, MetaData metaData) {
        Plan.Agreement agreement = assertMayActOnAgreement(metaData, command.agreementNumber());
        if (command.plannedEndDate().isBefore(agreement.startDate())) {
            throw new DomainException(ErrorCode.PLANNED_END_BEFORE_START, "plannedEndDate",
                    "agreement " + command.agreementNumber() + " starts on " + agreement.startDate());
        }
        apply(new AgreementRescheduled(trajectoryId, command.agreementNumber(), command.plannedEndDate(),
                command.reason()));
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(CancelAgreement command, MetaData metaData) {
        assertMayChange(metaData);
        plan.assertCancellable(command.agreementNumber());
        apply(new AgreementCancelled(trajectoryId, command.agreementNumber(), command.reason()));
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(RecordDirectionLevel command, Clock clock, MetaData metaData) {
        assertMayChange(metaData);
        LocalDate recordedOn = assertDuringTrajectory(command.recordedOn(), "recordedOn", clock);
        if (!involvement.isMember(command.memberId())) {
            throw new DomainException(ErrorCode.UNKNOWN_MEMBER, "memberId", "no member " + command.memberId());
        }
        apply(DirectionLevelRecorded.recorded(trajectoryId, command.memberId(), command.lifeDomain(), command.level(),
                recordedOn, command.note()));
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(RegisterIndication command, MetaData metaData) {
        assertMayChange(metaData);
        care.assertNewIndication(command.indicationId());
        apply(new IndicationRegistered(trajectoryId, command.indicationId(), command.careProvider(),
                command.kindOfCare(), command.validFrom(), command.validUntil()));
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(ExtendIndication command, MetaData metaData) {
        assertMayChange(metaData);
        care.assertExtendable(command.indicationId(), command.validUntil());
        apply(new IndicationExtended(trajectoryId, command.indicationId(), command.validUntil()));
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(EndIndication command, Clock clock, MetaData metaData) {
        assertMayChange(metaData);
        care.assertIndicationRunning(command.indicationId());
        LocalDate endedOn = assertNotInFuture(command.endedOn(), "endedOn", clock);
        care.assertEndable(command.indicationId(), endedOn);
        apply(new IndicationEnded(trajectoryId, command.indicationId(), endedOn, command.reason()));
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(Escalate command, Clock clock, MetaData metaData) {
        assertMayChange(metaData);
        LocalDate escalatedOn = assertDuringTrajectory(command.escalatedOn(), "escalatedOn", clock);
        int number = care.nextEscalation();
        apply(new Escalated(trajectoryId, number, command.to(), command.reasonCode(), command.reason(), escalatedOn));
        return Accepted.numbered(number, getVersion());
    }

    @CommandHandler
    public Accepted handle(Deescalate command, Clock clock, MetaData metaData) {
        assertMayChange(metaData);
        care.assertEscalationOpen(command.escalationNumber());
        LocalDate on = assertNotInFuture(command.deescalatedOn(), "deescalatedOn", clock);
        care.assertDeescalatable(command.escalationNumber(), on);
        apply(new Deescalated(trajectoryId, command.escalationNumber(), command.resolution(), on));
        return Accepted.at(getVersion());
    }

    /**
     * A safety decision against the family's wish is recorded with the options put to the family,
     * and lowers the members' direction to what the decision leaves them, visibly.
     */
    @CommandHandler
    public Accepted handle(RecordSafetyDecision command, Clock clock, MetaData metaData) {
        assertMayChange(metaData);
        LocalDate decidedOn = assertDuringTrajectory(command.decidedOn(), "decidedOn", clock);
        List<UUID> memberIds = involvement.assertKnownMembers(command.memberIds());
        DirectionLevel after = command.directionLevelAfter();
        int number = care.nextSafetyDecision();
        apply(new SafetyDecisionRecorded(trajectoryId, number, decidedOn, command.decision(), command.decidedBy(),
                command.optionsPutToFamily(), command.familyResponse(), memberIds, after));
        for (UUID memberId : memberIds) {
            apply(DirectionLevelRecorded.bySafetyDecision(trajectoryId, memberId, after, decidedOn, number));
        }
        return Accepted.numbered(number, getVersion());
    }

    @CommandHandler
    public Accepted handle(ScheduleRoundTable command, MetaData metaData) {
        assertMayChange(metaData);
        LocalDateTime startsAt = command.startsAt();
        if (command.parts().stream().anyMatch(part -> part.memberIds().isEmpty())) {
            throw new DomainException(ErrorCode.FAMILY_MUST_BE_INVITED, "parts.memberIds",
                    "the family sits at every part of its round table");
        }
        if (startsAt.toLocalDate().isBefore(startDate)) {
            throw new DomainException(ErrorCode.DATE_BEFORE_TRAJECTORY_START, "startsAt",
                    "the trajectory started on " + startDate);
        }
        List<RoundTablePart> parts = new ArrayList<>();
        for (RoundTablePart part : command.parts()) {
            List<UUID> invitedMembers = involvement.assertKnownMembers(part.memberIds());
            List<UUID> invitedParticipants = involvement.assertKnownParticipants(part.participantIds());
            for (UUID participant : invitedParticipants) {
                if (involvement.hasWithdrawn(participant)) {
                    throw new DomainException(ErrorCode.PARTICIPANT_WITHDRAWN, "parts.participantIds",
                            "participant " + participant + " has withdrawn from the trajectory");
                }
            }
            parts.add(new RoundTablePart(part.topic(), invitedMembers, invitedParticipants));
        }
        int number = roundTables.next();
        apply(new RoundTableScheduled(trajectoryId, number, startsAt, command.place(), List.copyOf(parts)));
        return Accepted.numbered(number, getVersion());
    }

    @CommandHandler
    public Accepted handle(RecordRoundTableHeld command, Clock clock, MetaData metaData) {
        assertMayChange(metaData);
        RoundTables.RoundTable roundTable = roundTables.assertScheduled(command.roundTableNumber());
        if (roundTable.heldOn() != null) {
            throw new DomainException(ErrorCode.ROUND_TABLE_ALREADY_HELD, "roundTableNumber",
                    "round table " + command.roundTableNumber() + " was held on " + roundTable.heldOn());
        }
        LocalDate heldOn = assertDuringTrajectory(command.heldOn(), "heldOn", clock);
        List<PartAttendance> attendance = RoundTables.assertAttendance(roundTable, command.attendance());
        List<GoalReview> reviews = plan.assertReviews(command.goalReviews(), heldOn);
        List<AgreementMade> agreementsMade = new ArrayList<>();
        for (RecordRoundTableHeld.NewAgreement agreement : command.agreements()) {
            agreementsMade.add(newAgreement(plan.nextAgreement() + agreementsMade.size(), agreement.goalNumber(),
                    agreement.who(), agreement.what(), agreement.startDate(), agreement.plannedEndDate()));
        }

        apply(new RoundTableHeld(trajectoryId, command.roundTableNumber(), heldOn, attendance, reviews));
        for (GoalReview review : reviews) {
            if (review.outcome() == GoalReviewOutcome.ACHIEVED) {
                apply(new GoalAchieved(trajectoryId, review.goalNumber(), heldOn));
            } else if (review.outcome() == GoalReviewOutcome.DROP) {
                apply(new GoalDropped(trajectoryId, review.goalNumber(), GoalDropReason.NO_LONGER_APPLICABLE, null,
                        heldOn));
            }
        }
        agreementsMade.forEach(AggregateLifecycle::apply);
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(DraftMinutes command, MetaData metaData) {
        assertMayChange(metaData);
        roundTables.assertMinutesMayBecome(command.roundTableNumber(), RoundTables.MinutesStage.DRAFTED);
        apply(new MinutesDrafted(trajectoryId, command.roundTableNumber(), command.text()));
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(SendMinutesToFamily command, Clock clock, MetaData metaData) {
        assertMayChange(metaData);
        RoundTables.RoundTable roundTable = roundTables.assertMinutesMayBecome(command.roundTableNumber(),
                RoundTables.MinutesStage.SENT_TO_FAMILY);
        apply(new MinutesSentToFamily(trajectoryId, command.roundTableNumber(), RoundTables.assertNotBeforeHeld(
                roundTable, assertNotInFuture(command.sentOn(), "sentOn", clock), "sentOn")));
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(RecordMinutesApproval command, Clock clock, MetaData metaData) {
        assertMayChange(metaData);
        RoundTables.RoundTable roundTable = roundTables.assertMinutesMayBecome(command.roundTableNumber(),
                RoundTables.MinutesStage.APPROVED);
        apply(new MinutesApprovedByFamily(trajectoryId, command.roundTableNumber(), RoundTables.assertNotBeforeHeld(
                roundTable, assertNotInFuture(command.approvedOn(), "approvedOn", clock), "approvedOn"),
                command.changedText()));
        return Accepted.at(getVersion());
    }

    /**
     * Minutes are about the whole family: each recipient needs the family's consent for them, for
     * care coordination. If any recipient is not covered nobody receives them, and each refused
     * recipient is recorded as a refused attempt, as evidence like a refused disclosure.
     */
    @CommandHandler
    public SharingOutcome handle(DistributeMinutes command, Clock clock, MetaData metaData) {
        assertMayChange(metaData);
        RoundTables.RoundTable roundTable = roundTables.assertMinutesMayBecome(command.roundTableNumber(),
                RoundTables.MinutesStage.DISTRIBUTED);
        List<UUID> recipients = involvement.assertKnownParticipants(command.recipientIds());
        LocalDate distributedOn = RoundTables.assertNotBeforeHeld(roundTable,
                assertNotInFuture(command.distributedOn(), "distributedOn", clock), "distributedOn");
        Instant moment = earliest(clock.instant(), distributedOn.plusDays(1).atStartOfDay(clock.getZone())
                .toInstant().minusMillis(1));
        Category minutes = Category.of(InformationCategory.ROUND_TABLE_MINUTES);
        Purpose purpose = Purpose.of(Purpose.CARE_COORDINATION);
        List<UUID> everyone = involvement.memberIds();
        List<DisclosedPart> parts = ConsentRule.everyPair(everyone, List.of(minutes));
        List<Object> shared = new ArrayList<>();
        List<Object> refused = new ArrayList<>();
        List<UncoveredPair> uncovered = new ArrayList<>();
        for (UUID recipientId : recipients) {
            Recipient recipient = Recipient.participant(recipientId);
            ConsentRule.Decision decision = consents.rule().decide(parts, recipient, purpose, moment, Instant.MAX);
            if (decision.covered()) {
                shared.add(new InformationShared(trajectoryId, minutesDisclosure(command.roundTableNumber(),
                        recipientId, "shared"), recipient, everyone, List.of(minutes),
                        purpose, DisclosureChannel.ROUND_TABLE, moment, decision.basis(), null, parts));
            } else {
                // Every refused attempt is its own piece of evidence, also when the coordinator tries again.
                refused.add(new DisclosureRefused(trajectoryId, minutesDisclosure(command.roundTableNumber(),
                        recipientId, "refused/" + consents.attempts()), recipient, everyone, List.of(minutes),
                        purpose, DisclosureChannel.ROUND_TABLE, moment, decision.uncovered()));
                uncovered.addAll(decision.uncovered());
            }
        }
        if (!refused.isEmpty()) {
            refused.forEach(AggregateLifecycle::apply);
            return new SharingOutcome(Accepted.at(getVersion()), List.copyOf(uncovered));
        }
        apply(new MinutesDistributed(trajectoryId, command.roundTableNumber(), distributedOn, recipients));
        shared.forEach(AggregateLifecycle::apply);
        return new SharingOutcome(Accepted.at(getVersion()), List.of());
    }

    private UUID minutesDisclosure(int roundTableNumber, UUID recipientId, String outcome) {
        String name = trajectoryId + "/minutes/" + roundTableNumber + "/" + recipientId;
        return UUID.nameUUIDFromBytes((outcome.equals("shared") ? name : name + "/" + outcome)
                .getBytes(StandardCharsets.UTF_8));
    }

    @CommandHandler
    public Accepted handle(SetRoundTableInterval command, MetaData metaData) {
        assertMayChange(metaData);
        apply(new RoundTableIntervalSet(trajectoryId, command.days()));
        return Accepted.at(getVersion());
    }

    private static Instant earliest(Instant one, Instant other) {
        return one.isBefore(other) ? one : other;
    }

    /**
     * Consent is the family's right also after closure: consent, withdrawal and denial stay
     * possible on a closed trajectory, recorded by its coordinator.
     */
    @CommandHandler
    public Accepted handle(GiveConsent command, Clock clock, MetaData metaData,
                           ConsentAuthorityPolicy authority, PurposeCatalogue catalogue) {
        assertCoordinates(metaData);
        List<UUID> about = involvement.assertSubjects(command.aboutMemberIds(), "aboutMemberIds");
        List<UUID> givenBy = involvement.assertSubjects(command.givenByMemberIds(), "givenByMemberIds");
        Recipient recipient = involvement.assertRecipient(command.recipient());
        List<Purpose> purposes = PurposeRules.assertKnown(command.purposes(), catalogue);
        Instant now = clock.instant();
        Instant validFrom = command.validFrom() == null ? now : command.validFrom();
        if (command.validUntil() != null && !command.validUntil().isAfter(validFrom)) {
            throw new DomainException(ErrorCode.VALID_UNTIL_NOT_AFTER_VALID_FROM, "validUntil",
                    "a consent ends after it starts");
        }
        if (command.form() != ConsentForm.WRITTEN && validFrom.isBefore(now.minus(RECORDING_MARGIN))) {
            throw new DomainException(ErrorCode.BACKDATING_NEEDS_WRITTEN_FORM, "validFrom",
                    "a consent that started before it is recorded needs the written form and its document");
        }
        LocalDate day = LocalDate.ofInstant(validFrom, clock.getZone());
        List<ConsentAuthorityPolicy.Person> signers = givenBy.stream().map(this::person).toList();
        List<ConsentAuthorityPolicy.MissingSignature> missing = new ArrayList<>();
        for (UUID subject : about) {
            missing.addAll(authority.missingSignatures(person(subject), signers, day));
        }
        if (!missing.isEmpty()) {
            throw new DomainException(ErrorCode.CONSENT_SIGNATURE_MISSING, "givenByMemberIds",
                    String.join("; ", missing.stream().map(ConsentAuthorityPolicy.MissingSignature::describe).toList()),
                    Map.of("missingSignatures", List.copyOf(missing)));
        }
        apply(new ConsentGiven(trajectoryId, command.consentId(), about, givenBy, recipient, command.categories(),
                purposes, validFrom, command.validUntil(), command.form(), command.documentReference()));
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(WithdrawConsent command, Clock clock, MetaData metaData) {
        assertCoordinates(metaData);
        UUID consentId = command.consentId();
        Instant effectiveAt = command.effectiveAt() == null ? clock.instant() : command.effectiveAt();
        consents.assertMayWithdraw(consentId, effectiveAt);
        apply(new ConsentWithdrawn(trajectoryId, consentId, effectiveAt));
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(RecordDenial command, Clock clock, MetaData metaData, ConsentAuthorityPolicy authority) {
        assertCoordinates(metaData);
        List<UUID> about = involvement.assertSubjects(command.aboutMemberIds(), "aboutMemberIds");
        List<UUID> decidedBy = involvement.assertSubjects(command.decidedByMemberIds(), "decidedByMemberIds");
        Recipient recipient = involvement.assertRecipient(command.recipient());
        Instant effectiveFrom = command.effectiveFrom() == null ? clock.instant() : command.effectiveFrom();
        LocalDate day = LocalDate.ofInstant(effectiveFrom, clock.getZone());
        List<ConsentAuthorityPolicy.Person> deciders = decidedBy.stream().map(this::person).toList();
        for (UUID subject : about) {
            if (!authority.mayDeny(person(subject), deciders, day)) {
                throw new DomainException(ErrorCode.MAY_NOT_DENY, "decidedByMemberIds",
                        involvement.member(subject).name() + " or a parent or guardian with custody decides this");
            }
        }
        apply(new DenialRecorded(trajectoryId, command.denialId(), about, decidedBy, recipient, command.categories(),
                effectiveFrom));
        return Accepted.at(getVersion());
    }

    /**
     * Shared only if every (member, category) is covered at {@code sharedAt} for this recipient and
     * purpose by a consent in force and no denial touches it, or on a statutory ground. Otherwise
     * nothing is shared: the refusal, with the uncovered pairs, is recorded as evidence.
     */
    @CommandHandler
    public SharingOutcome handle(ShareInformation command, Clock clock, MetaData metaData,
                                 PurposeCatalogue catalogue) {
        assertInvolved(metaData);
        UUID disclosureId = consents.assertNewDisclosure(command.disclosureId());
        Recipient recipient = involvement.assertRecipient(command.recipient());
        List<UUID> about = involvement.assertSubjects(command.aboutMemberIds(), "aboutMemberIds");
        List<Category> categories = command.categories();
        Purpose purpose = PurposeRules.assertKnown(command.purpose(), "purpose", catalogue);
        DisclosureChannel channel = command.channel();
        Instant sharedAt = assertShareMoment(command.sharedAt(), clock);
        StatutoryGround ground = command.statutoryGround();
        List<DisclosedPart> parts = ConsentRule.everyPair(about, categories);
        ConsentRule.Decision decision = ground != null ? new ConsentRule.Decision(List.of(), List.of())
                : consents.rule().decide(parts, recipient, purpose, sharedAt, Instant.MAX);
        if (!decision.covered()) {
            apply(new DisclosureRefused(trajectoryId, disclosureId, recipient, about, categories, purpose, channel,
                    sharedAt, decision.uncovered()));
            return new SharingOutcome(Accepted.at(getVersion()), decision.uncovered());
        }
        apply(new InformationShared(trajectoryId, disclosureId, recipient, about, categories, purpose, channel,
                sharedAt, decision.basis(), ground, parts));
        return new SharingOutcome(Accepted.at(getVersion()), List.of());
    }

    /**
     * A copy of the plan for one involved professional, decided here: every part the family's
     * consent covers for them and this purpose now goes in, and the one disclosure lists exactly
     * those (member, category) parts. The same copy id (from the client's idempotency key) again
     * is the same copy: nothing new is recorded.
     */
    @CommandHandler
    public CopyOutcome handle(IssuePlanCopy command, Clock clock, MetaData metaData, PurposeCatalogue catalogue) {
        assertCoordinates(metaData);
        UUID copyId = command.copyId();
        UUID recipientId = command.recipientId();
        Recipient recipient = Recipient.participant(recipientId);
        Optional<ConsentRegister.Disclosure> repeated = consents.earlier(copyId);
        if (repeated.isPresent()) {
            ConsentRegister.Disclosure earlier = repeated.get();
            if (!recipient.equals(earlier.recipient())) {
                throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key",
                        "this key already issued a copy to someone else; use a new key for a new copy");
            }
            // The same request again gets the same answer, a refusal included, and records nothing.
            return earlier.uncovered().isEmpty() ? CopyOutcome.repeated(Accepted.at(getVersion()))
                    : CopyOutcome.refused(Accepted.at(getVersion()), earlier.uncovered());
        }
        if (!involvement.isActiveProfessional(recipientId)) {
            throw new DomainException(ErrorCode.COPY_RECIPIENT_NOT_INVOLVED, "recipientId",
                    "a copy goes to a professional involved in the family");
        }
        DisclosureChannel channel = command.channel() == null ? DisclosureChannel.PLAN_COPY : command.channel();
        Purpose purpose = command.purpose() == null ? Purpose.of(Purpose.CARE_COORDINATION)
                : PurposeRules.assertKnown(command.purpose(), "purpose", catalogue);
        Instant now = clock.instant();
        PlanCopyRule.Copy copy = PlanCopyRule.decide(outline(), consents.rule(), recipient, purpose, now, Instant.MAX);
        List<DisclosedPart> parts = copy.disclosed();
        List<UUID> about = parts.stream().map(DisclosedPart::memberId).distinct().toList();
        List<Category> categories = copy.categories();
        if (parts.isEmpty()) {
            List<UncoveredPair> uncovered = copy.uncovered();
            apply(new DisclosureRefused(trajectoryId, copyId, recipient, involvement.memberIds(),
                    uncovered.stream().map(UncoveredPair::category).distinct().toList(), purpose, channel, now,
                    uncovered));
            return CopyOutcome.refused(Accepted.at(getVersion()), uncovered);
        }
        apply(new InformationShared(trajectoryId, copyId, recipient, about, categories, purpose, channel, now,
                copy.basis(), null, parts));
        return CopyOutcome.issued(Accepted.at(getVersion()), parts);
    }

    /** The plan as cut into parts for a copy: the same cut the read side shows. */
    private PlanCopyRule.Outline outline() {
        return new PlanCopyRule.Outline(involvement.memberIds(), involvement.contact() != null,
                plan.goalOutlines(), plan.agreementOutlines(),
                roundTables.any(), care.anyIndication(), care.directionRecorded() || closure.finalEvaluationHeld(),
                care.anyEscalationOrSafetyDecision());
    }

    /** Sharing is recorded, not planned: a moment ahead of the server's clock by more than skew is refused. */
    private static Instant assertShareMoment(Instant sharedAt, Clock clock) {
        Instant now = clock.instant();
        if (sharedAt == null) {
            return now;
        }
        if (sharedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new DomainException(ErrorCode.DATE_IN_FUTURE, "sharedAt", "sharing is recorded, not planned");
        }
        return sharedAt.isAfter(now) ? now : sharedAt;
    }

    @CommandHandler
    public Accepted handle(ProposeClosure command, Clock clock, MetaData metaData) {
        assertMayChange(metaData);
        closure.assertNotProposed();
        LocalDate proposedOn = assertDuringTrajectory(command.proposedOn(), "proposedOn", clock);
        apply(new ClosureProposed(trajectoryId, command.reason(), proposedOn, command.note()));
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(HoldFinalEvaluation command, Clock clock, MetaData metaData) {
        assertMayChange(metaData);
        closure.assertNoFinalEvaluationYet();
        if (command.memberIds() == null || command.memberIds().isEmpty()) {
            throw new DomainException(ErrorCode.FAMILY_MUST_TAKE_PART, "memberIds",
                    "the final evaluation is held with the family: name the members who took part");
        }
        LocalDate heldOn = assertDuringTrajectory(command.heldOn(), "heldOn", clock);
        List<UUID> memberIds = involvement.assertKnownMembers(command.memberIds());
        List<UUID> participantIds = involvement.assertKnownParticipants(command.participantIds());
        List<GoalResult> results = plan.assertResults(command.goalResults());

        apply(new FinalEvaluationHeld(trajectoryId, heldOn, command.wentWell(), command.couldBeBetter(), results,
                command.familyJudgesEnough(), command.futurePerspective(), memberIds, participantIds));
        completeStandardAgreement(StandardAgreement.FINAL_EVALUATION, heldOn);
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(RecordClosureInformation command, Clock clock, MetaData metaData) {
        // Recorded again before the closure, it replaces what was recorded: a correction, not a second list.
        assertMayChange(metaData);
        List<InformedParty> informed = new ArrayList<>();
        for (RecordClosureInformation.Informed party : command.informed()) {
            informed.add(new InformedParty(party.party(), involvement.assertKnownPerformer(party.informedBy()),
                    assertDuringTrajectory(party.informedOn(), "informed.informedOn", clock)));
        }
        apply(new ClosureInformationRecorded(trajectoryId, List.copyOf(informed), command.note()));
        LocalDate lastInformed = informed.stream().map(InformedParty::informedOn).max(LocalDate::compareTo)
                .orElse(LocalDate.now(clock));
        completeStandardAgreement(StandardAgreement.AGREE_WHO_IS_INFORMED, lastInformed);
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(CloseTrajectory command, Clock clock, MetaData metaData) {
        assertMayChange(metaData);
        ClosureReason reason = closure.assertProposed().reason();
        LocalDate closed = assertDuringTrajectory(command.closedOn(), "closedOn", clock);
        boolean withoutFinalEvaluation = closure.assertMayClose(closed, command.explanation());
        apply(new TrajectoryClosed(trajectoryId, closed, reason, withoutFinalEvaluation, command.explanation()));
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(ReopenTrajectory command, Clock clock, MetaData metaData) {
        assertCoordinates(metaData);
        closure.assertClosed();
        LocalDate reopenedOn = assertNotInFuture(command.reopenedOn(), "reopenedOn", clock);
        closure.assertReopenedAfterClosure(reopenedOn);
        apply(new TrajectoryReopened(trajectoryId, reopenedOn, command.reason()));
        // The next closure needs its own final evaluation and agreement on who is informed.
        putStandardAgreementsOnTheList(trajectoryId, reopenedOn);
        return Accepted.at(getVersion());
    }

    private void putStandardAgreementsOnTheList(UUID trajectory, LocalDate from) {
        for (StandardAgreement standard : StandardAgreement.values()) {
            apply(AgreementMade.standard(trajectory, plan.nextAgreement(), standard, from));
        }
    }

    private void completeStandardAgreement(StandardAgreement standard, LocalDate on) {
        plan.openStandardAgreement(standard)
                .ifPresent(number -> apply(new AgreementCompleted(trajectoryId, number, on)));
    }

    /** Changing the plan is the coordinator's (see {@link CoordinatingAccounts}), on an open trajectory. */
    private ActingUser assertMayChange(MetaData metaData) {
        ActingUser actor = assertCoordinates(metaData);
        assertNotClosed();
        return actor;
    }

    private ActingUser assertCoordinates(MetaData metaData) {
        ActingUser actor = assertInvolved(metaData);
        TrajectoryAccessPolicy.assertCoordinates(actor, involvement.coordinatingAccounts());
        return actor;
    }

    /** The coordinator acts on every agreement; another professional on the agreements they carry. */
    private Plan.Agreement assertMayActOnAgreement(MetaData metaData, Integer agreementNumber) {
        ActingUser actor = assertInvolved(metaData);
        assertNotClosed();
        Plan.Agreement agreement = plan.assertAgreementOpen(agreementNumber);
        Map<UUID, String> accounts = involvement.activeAccounts();
        TrajectoryAccessPolicy.assertCoordinatesOrCarries(actor, involvement.coordinatingAccounts(),
                agreement.who(), accounts, agreementNumber);
        return agreement;
    }

    private void assertNotClosed() {
        closure.assertNotClosed();
    }

    private LocalDate assertDuringTrajectory(LocalDate date, String field, Clock clock) {
        LocalDate checked = assertNotInFuture(date, field, clock);
        assertNotBeforeStart(checked, field);
        return checked;
    }

    private ActingUser assertInvolved(MetaData metaData) {
        ActingUser actor = ActingUser.fromMetaData(metaData).orElse(null);
        TrajectoryAccessPolicy.assertInvolved(actor, trajectoryId, involvement.activeAccounts());
        return actor;
    }

    /** A date in the plan lies on or after the trajectory's start. */
    private void assertNotBeforeStart(LocalDate date, String field) {
        if (date.isBefore(startDate)) {
            throw new DomainException(ErrorCode.DATE_BEFORE_TRAJECTORY_START, field,
                    "the trajectory started on " + startDate);
        }
    }

    private static LocalDate assertNotInFuture(LocalDate date, String field, Clock clock) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new DomainException(ErrorCode.DATE_IN_FUTURE, field, field + " " + date + " lies in the future");
        }
        return date;
    }

    @EventSourcingHandler
    void on(TrajectoryOpened event) {
        trajectoryId = event.trajectoryId();
        startDate = event.startDate();
    }

    private ConsentAuthorityPolicy.Person person(UUID memberId) {
        Involvement.Member member = involvement.member(memberId);
        return new ConsentAuthorityPolicy.Person(memberId, member.name(), member.dateOfBirth(), member.role(),
                member.custody());
    }
}
