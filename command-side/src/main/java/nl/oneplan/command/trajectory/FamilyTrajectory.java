package nl.oneplan.command.trajectory;

import nl.oneplan.events.ActingUser;
import nl.oneplan.events.AgreementCompleted;
import nl.oneplan.events.AgreementMade;
import nl.oneplan.events.ArrangementKind;
import nl.oneplan.events.CoordinationArrangementRecorded;
import nl.oneplan.events.CoordinatorAssigned;
import nl.oneplan.events.FamilyContactRecorded;
import nl.oneplan.events.FamilyMemberCorrected;
import nl.oneplan.events.FamilyMemberRegistered;
import nl.oneplan.events.GoalAchieved;
import nl.oneplan.events.GoalSet;
import nl.oneplan.events.MemberRole;
import nl.oneplan.events.ParticipantAccountLinked;
import nl.oneplan.events.ParticipantInvolved;
import nl.oneplan.events.ParticipantKind;
import nl.oneplan.events.PartyKind;
import nl.oneplan.events.PartyRef;
import nl.oneplan.events.Registration;
import nl.oneplan.events.StandardAgreement;
import nl.oneplan.events.TrajectoryOpened;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * One family's 1Gezin1Plan trajectory: the family, everyone involved, the coordinator, the goals
 * and the agreements. Command handlers check the rules and apply events; event-sourcing handlers
 * only assign state. Every handler answers the trajectory's version after the command.
 * Who may act is decided by {@link TrajectoryAccessPolicy} from the acting user in the command's
 * metadata, which the server takes from the signed-in user.
 */
@Aggregate
public class FamilyTrajectory {

    @AggregateIdentifier
    private UUID trajectoryId;
    private LocalDate startDate;
    private final Map<UUID, Member> members = new HashMap<>();
    private final Map<UUID, ParticipantKind> participants = new HashMap<>();
    private final Map<UUID, String> accountsByParticipant = new HashMap<>();
    private PartyRef coordinator;
    private CoordinationArrangementRecorded arrangement;
    private FamilyContactRecorded contact;
    private final Map<Integer, Dated> goals = new HashMap<>();
    private final Map<Integer, Dated> agreements = new HashMap<>();

    private record Member(String name, LocalDate dateOfBirth, MemberRole role, boolean custody) {
    }

    /** A goal or an agreement as far as the rules need it: when it started, and whether it is done. */
    private record Dated(LocalDate startDate, boolean done) {
        Dated finished() {
            return new Dated(startDate, true);
        }
    }

    protected FamilyTrajectory() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public Accepted handle(OpenTrajectory command, MetaData metaData) {
        ActingUser opener = ActingUser.fromMetaData(metaData).orElse(null);
        TrajectoryAccessPolicy.assertMayOpen(opener);
        Text.present(command.trajectoryId(), "trajectoryId");
        UUID openerParticipantId = Text.present(command.openerParticipantId(), "openerParticipantId");
        String familyName = Text.required(command.familyName(), "familyName", Text.NAME);
        String municipality = Text.required(command.municipality(), "municipality", Text.SHORT);
        LocalDate start = Text.present(command.startDate(), "startDate");
        Registration registration = assertValidRegistration(command.registration());

        apply(new TrajectoryOpened(command.trajectoryId(), familyName, municipality, start, registration));
        for (StandardAgreement standard : StandardAgreement.values()) {
            apply(new AgreementMade(command.trajectoryId(), agreements.size() + 1, null,
                    PartyRef.coordinatorWithFamily(), standard.what(), start, null, standard));
        }
        apply(new ParticipantInvolved(command.trajectoryId(), openerParticipantId, ParticipantKind.PROFESSIONAL,
                Text.required(opener.displayName(), "name", Text.NAME), null,
                Text.required(opener.organisation(), "organisation", Text.SHORT), null, null, null, null, Set.of()));
        apply(new ParticipantAccountLinked(command.trajectoryId(), openerParticipantId, opener.userId()));
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(RegisterFamilyMember command, Clock clock, MetaData metaData) {
        assertInvolved(metaData);
        UUID memberId = Text.present(command.memberId(), "memberId");
        if (members.containsKey(memberId)) {
            throw new DomainException(ErrorCode.MEMBER_ALREADY_REGISTERED, "memberId",
                    "member " + memberId + " is already registered");
        }
        Member member = assertValidMember(command.name(), command.dateOfBirth(), command.role(), command.custody(),
                clock);
        apply(new FamilyMemberRegistered(trajectoryId, memberId, member.name(), member.dateOfBirth(), member.role(),
                member.custody()));
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(CorrectFamilyMember command, Clock clock, MetaData metaData) {
        assertInvolved(metaData);
        UUID memberId = Text.present(command.memberId(), "memberId");
        Member current = members.get(memberId);
        if (current == null) {
            throw new DomainException(ErrorCode.MEMBER_NOT_FOUND, "memberId", "no member " + memberId);
        }
        Member corrected = assertValidMember(command.name(), command.dateOfBirth(), command.role(), command.custody(),
                clock);
        if (!corrected.equals(current)) {
            apply(new FamilyMemberCorrected(trajectoryId, memberId, corrected.name(), corrected.dateOfBirth(),
                    corrected.role(), corrected.custody()));
        }
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(RecordFamilyContact command, MetaData metaData) {
        assertInvolved(metaData);
        FamilyContactRecorded recorded = new FamilyContactRecorded(trajectoryId,
                Text.optional(command.address(), "address", Text.SHORT),
                Text.optional(command.placeOfResidence(), "placeOfResidence", Text.SHORT),
                Text.optionalPhone(command.phone(), "phone"),
                Text.optionalEmail(command.email(), "email"),
                Text.optional(command.importantInformation(), "importantInformation", Text.LONG));
        if (!recorded.equals(contact)) {
            apply(recorded);
        }
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(InvolveParticipant command, MetaData metaData) {
        assertInvolved(metaData);
        UUID participantId = Text.present(command.participantId(), "participantId");
        if (participants.containsKey(participantId)) {
            throw new DomainException(ErrorCode.PARTICIPANT_ALREADY_INVOLVED, "participantId",
                    "participant " + participantId + " is already involved");
        }
        ParticipantKind kind = Text.present(command.kind(), "kind");
        String name = Text.required(command.name(), "name", Text.NAME);
        String organisation = Text.optional(command.organisation(), "organisation", Text.SHORT);
        String function = Text.optional(command.function(), "function", Text.SHORT);
        assertKindSpecificFields(kind, command, organisation, function);
        Set<DayOfWeek> reachableDays = command.reachableDays() == null || command.reachableDays().isEmpty()
                ? Set.of() : EnumSet.copyOf(command.reachableDays());
        String userId = Text.optional(command.userId(), "userId", Text.SHORT);
        assertAccountFree(userId, participantId);

        apply(new ParticipantInvolved(trajectoryId, participantId, kind, name, command.networkCategory(),
                organisation, function,
                Text.optional(command.relation(), "relation", Text.SHORT),
                Text.optionalEmail(command.email(), "email"),
                Text.optionalPhone(command.phone(), "phone"),
                reachableDays));
        if (userId != null) {
            apply(new ParticipantAccountLinked(trajectoryId, participantId, userId));
        }
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(LinkParticipantAccount command, MetaData metaData) {
        assertInvolved(metaData);
        UUID participantId = Text.present(command.participantId(), "participantId");
        if (!participants.containsKey(participantId)) {
            throw new DomainException(ErrorCode.PARTICIPANT_NOT_FOUND, "participantId",
                    "no participant " + participantId);
        }
        String userId = Text.required(command.userId(), "userId", Text.SHORT);
        assertAccountFree(userId, participantId);
        if (!userId.equals(accountsByParticipant.get(participantId))) {
            apply(new ParticipantAccountLinked(trajectoryId, participantId, userId));
        }
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(AssignCoordinator command, MetaData metaData) {
        ActingUser actor = assertInvolved(metaData);
        TrajectoryAccessPolicy.assertMayChangeCoordinator(actor, coordinator, accountsByParticipant);
        PartyRef candidate = Text.present(command.coordinator(), "coordinator");
        assertCanCoordinate(candidate);
        if (!candidate.equals(coordinator)) {
            apply(new CoordinatorAssigned(trajectoryId, candidate));
        }
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(RecordCoordinationArrangement command, MetaData metaData) {
        assertInvolved(metaData);
        CoordinationArrangementRecorded recorded = new CoordinationArrangementRecorded(trajectoryId,
                Text.present(command.kind(), "kind"),
                Text.optional(command.description(), "description", Text.DESCRIPTION));
        if (recorded.kind() == ArrangementKind.OTHER && recorded.description() == null) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "description",
                    "description is required when the arrangement is OTHER");
        }
        if (!recorded.equals(arrangement)) {
            apply(recorded);
        }
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(SetGoal command, MetaData metaData) {
        assertInvolved(metaData);
        String description = Text.required(command.description(), "description", Text.DESCRIPTION);
        Text.present(command.lifeDomain(), "lifeDomain");
        List<UUID> memberIds = assertKnownMembers(command.memberIds());
        assertPeriod(command.startDate(), command.plannedEndDate());

        int number = goals.size() + 1;
        apply(new GoalSet(trajectoryId, number, description, command.lifeDomain(), memberIds, command.startDate(),
                command.plannedEndDate()));
        return Accepted.numbered(number, getVersion());
    }

    @CommandHandler
    public Accepted handle(MarkGoalAchieved command, Clock clock, MetaData metaData) {
        assertInvolved(metaData);
        Dated goal = goals.get(command.goalNumber());
        if (goal == null) {
            throw new DomainException(ErrorCode.GOAL_NOT_FOUND, "goalNumber", "no goal " + command.goalNumber());
        }
        if (goal.done()) {
            throw new DomainException(ErrorCode.GOAL_ALREADY_ACHIEVED, "goalNumber",
                    "goal " + command.goalNumber() + " is already achieved");
        }
        LocalDate achievedOn = assertNotInFuture(command.achievedOn(), "achievedOn", clock);
        if (achievedOn.isBefore(goal.startDate())) {
            throw new DomainException(ErrorCode.ACHIEVED_BEFORE_GOAL_START, "achievedOn",
                    "goal " + command.goalNumber() + " starts on " + goal.startDate());
        }
        apply(new GoalAchieved(trajectoryId, command.goalNumber(), achievedOn));
        return Accepted.at(getVersion());
    }

    @CommandHandler
    public Accepted handle(MakeAgreement command, MetaData metaData) {
        assertInvolved(metaData);
        if (command.goalNumber() != null && !goals.containsKey(command.goalNumber())) {
            throw new DomainException(ErrorCode.UNKNOWN_GOAL, "goalNumber", "no goal " + command.goalNumber());
        }
        PartyRef who = assertKnownPerformer(command.who());
        String what = Text.required(command.what(), "what", Text.DESCRIPTION);
        assertPeriod(command.startDate(), command.plannedEndDate());

        int number = agreements.size() + 1;
        apply(new AgreementMade(trajectoryId, number, command.goalNumber(), who, what, command.startDate(),
                command.plannedEndDate(), null));
        return Accepted.numbered(number, getVersion());
    }

    @CommandHandler
    public Accepted handle(CompleteAgreement command, Clock clock, MetaData metaData) {
        assertInvolved(metaData);
        Dated agreement = agreements.get(command.agreementNumber());
        if (agreement == null) {
            throw new DomainException(ErrorCode.AGREEMENT_NOT_FOUND, "agreementNumber",
                    "no agreement " + command.agreementNumber());
        }
        if (agreement.done()) {
            throw new DomainException(ErrorCode.AGREEMENT_ALREADY_COMPLETED, "agreementNumber",
                    "agreement " + command.agreementNumber() + " is already completed");
        }
        LocalDate completedOn = assertNotInFuture(command.completedOn(), "completedOn", clock);
        if (completedOn.isBefore(agreement.startDate())) {
            throw new DomainException(ErrorCode.COMPLETED_BEFORE_AGREEMENT_START, "completedOn",
                    "agreement " + command.agreementNumber() + " starts on " + agreement.startDate());
        }
        apply(new AgreementCompleted(trajectoryId, command.agreementNumber(), completedOn));
        return Accepted.at(getVersion());
    }

    private ActingUser assertInvolved(MetaData metaData) {
        ActingUser actor = ActingUser.fromMetaData(metaData).orElse(null);
        TrajectoryAccessPolicy.assertInvolved(actor, trajectoryId, accountsByParticipant);
        return actor;
    }

    /** One account acts as one participant of a trajectory, never as two. */
    private void assertAccountFree(String userId, UUID participantId) {
        accountsByParticipant.forEach((linkedParticipant, linkedUser) -> {
            if (linkedUser.equals(userId) && !linkedParticipant.equals(participantId)) {
                throw new DomainException(ErrorCode.ACCOUNT_ALREADY_LINKED, "userId",
                        "user " + userId + " already acts as another participant of this trajectory");
            }
        });
    }

    private static Registration assertValidRegistration(Registration registration) {
        Text.present(registration, "registration");
        Text.present(registration.route(), "registration.route");
        String agency = Text.optional(registration.agency(), "registration.agency", Text.SHORT);
        if (registration.route().isAgency() && agency == null) {
            throw new DomainException(ErrorCode.AGENCY_REQUIRED, "registration.agency",
                    "the agency's name is required when an agency registered the family");
        }
        if (!registration.route().isAgency() && agency != null) {
            throw new DomainException(ErrorCode.AGENCY_NOT_EXPECTED, "registration.agency",
                    "a family that registered itself has no agency");
        }
        return new Registration(registration.route(), agency);
    }

    private static Member assertValidMember(String name, LocalDate dateOfBirth, MemberRole role, boolean custody,
                                            Clock clock) {
        String validName = Text.required(name, "name", Text.NAME);
        assertNotInFuture(dateOfBirth, "dateOfBirth", clock);
        Text.present(role, "role");
        if (custody && !role.canHoldCustody()) {
            throw new DomainException(ErrorCode.CUSTODY_ONLY_FOR_PARENT_OR_GUARDIAN, "custody",
                    "only a parent or guardian can have custody");
        }
        return new Member(validName, dateOfBirth, role, custody);
    }

    private static void assertKindSpecificFields(ParticipantKind kind, InvolveParticipant command,
                                                 String organisation, String function) {
        if (kind == ParticipantKind.NETWORK) {
            Text.present(command.networkCategory(), "networkCategory");
            if (organisation != null) {
                throw new DomainException(ErrorCode.NOT_FOR_NETWORK_PERSON, "organisation",
                        "a network person has no organisation; use relation instead");
            }
            if (function != null) {
                throw new DomainException(ErrorCode.NOT_FOR_NETWORK_PERSON, "function",
                        "a network person has no function; use relation instead");
            }
        } else {
            if (organisation == null) {
                throw new DomainException(ErrorCode.ORGANISATION_REQUIRED, "organisation",
                        "a professional's organisation is required");
            }
            if (command.networkCategory() != null) {
                throw new DomainException(ErrorCode.NOT_FOR_PROFESSIONAL, "networkCategory",
                        "a professional has no network category");
            }
        }
    }

    private void assertCanCoordinate(PartyRef candidate) {
        Text.present(candidate.kind(), "coordinator.kind");
        if (candidate.kind() == PartyKind.COORDINATOR_WITH_FAMILY) {
            throw new DomainException(ErrorCode.COORDINATOR_WITH_FAMILY_NOT_ASSIGNABLE, "coordinator",
                    "name a participant or a member as coordinator");
        }
        Text.present(candidate.id(), "coordinator.id");
        boolean professional = participants.get(candidate.id()) == ParticipantKind.PROFESSIONAL;
        boolean member = candidate.kind() == PartyKind.MEMBER && members.containsKey(candidate.id());
        if (!(candidate.kind() == PartyKind.PARTICIPANT && professional) && !member) {
            throw new DomainException(ErrorCode.COORDINATOR_NOT_PROFESSIONAL_OR_MEMBER, "coordinator",
                    "the coordinator must be an involved professional or a member of the family");
        }
    }

    /** Who does an agreement: an involved participant or a family member, whichever the id names. */
    private PartyRef assertKnownPerformer(UUID who) {
        Text.present(who, "who");
        if (participants.containsKey(who)) {
            return PartyRef.participant(who);
        }
        if (members.containsKey(who)) {
            return PartyRef.member(who);
        }
        throw new DomainException(ErrorCode.UNKNOWN_PARTICIPANT_OR_MEMBER, "who",
                "no participant or member " + who);
    }

    private List<UUID> assertKnownMembers(List<UUID> memberIds) {
        if (memberIds == null) {
            return List.of();
        }
        Set<UUID> seen = new HashSet<>();
        for (UUID memberId : memberIds) {
            if (memberId == null || !members.containsKey(memberId)) {
                throw new DomainException(ErrorCode.UNKNOWN_MEMBER, "memberIds", "no member " + memberId);
            }
            if (!seen.add(memberId)) {
                throw new DomainException(ErrorCode.DUPLICATE_MEMBER_REFERENCE, "memberIds",
                        "member " + memberId + " is named twice");
            }
        }
        return List.copyOf(memberIds);
    }

    private void assertPeriod(LocalDate start, LocalDate plannedEnd) {
        Text.present(start, "startDate");
        Text.present(plannedEnd, "plannedEndDate");
        if (plannedEnd.isBefore(start)) {
            throw new DomainException(ErrorCode.PLANNED_END_BEFORE_START, "plannedEndDate",
                    "the planned end date " + plannedEnd + " is before the start date " + start);
        }
        if (start.isBefore(startDate)) {
            throw new DomainException(ErrorCode.DATE_BEFORE_TRAJECTORY_START, "startDate",
                    "the trajectory started on " + startDate);
        }
    }

    private static LocalDate assertNotInFuture(LocalDate date, String field, Clock clock) {
        Text.present(date, field);
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

    @EventSourcingHandler
    void on(FamilyMemberRegistered event) {
        members.put(event.memberId(), new Member(event.name(), event.dateOfBirth(), event.role(), event.custody()));
    }

    @EventSourcingHandler
    void on(FamilyMemberCorrected event) {
        members.put(event.memberId(), new Member(event.name(), event.dateOfBirth(), event.role(), event.custody()));
    }

    @EventSourcingHandler
    void on(FamilyContactRecorded event) {
        contact = event;
    }

    @EventSourcingHandler
    void on(ParticipantInvolved event) {
        participants.put(event.participantId(), event.kind());
    }

    @EventSourcingHandler
    void on(ParticipantAccountLinked event) {
        accountsByParticipant.put(event.participantId(), event.userId());
    }

    @EventSourcingHandler
    void on(CoordinatorAssigned event) {
        coordinator = event.coordinator();
    }

    @EventSourcingHandler
    void on(CoordinationArrangementRecorded event) {
        arrangement = event;
    }

    @EventSourcingHandler
    void on(GoalSet event) {
        goals.put(event.goalNumber(), new Dated(event.startDate(), false));
    }

    @EventSourcingHandler
    void on(GoalAchieved event) {
        goals.computeIfPresent(event.goalNumber(), (number, goal) -> goal.finished());
    }

    @EventSourcingHandler
    void on(AgreementMade event) {
        agreements.put(event.agreementNumber(), new Dated(event.startDate(), false));
    }

    @EventSourcingHandler
    void on(AgreementCompleted event) {
        agreements.computeIfPresent(event.agreementNumber(), (number, agreement) -> agreement.finished());
    }
}
