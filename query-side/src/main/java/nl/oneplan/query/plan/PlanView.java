package nl.oneplan.query.plan;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import nl.oneplan.events.TrajectoryEvent;
import nl.oneplan.events.AgreementCancelled;
import nl.oneplan.events.AgreementCompleted;
import nl.oneplan.events.AgreementMade;
import nl.oneplan.events.AgreementRescheduled;
import nl.oneplan.events.ArrangementKind;
import nl.oneplan.events.ClosureInformationRecorded;
import nl.oneplan.events.ClosureProposed;
import nl.oneplan.events.ClosureReason;
import nl.oneplan.events.CoordinationArrangementRecorded;
import nl.oneplan.events.CoordinationHandedOver;
import nl.oneplan.events.CoordinatorAssigned;
import nl.oneplan.events.Deescalated;
import nl.oneplan.events.DirectionLevel;
import nl.oneplan.events.DirectionLevelRecorded;
import nl.oneplan.events.Escalated;
import nl.oneplan.events.EscalationLevel;
import nl.oneplan.events.EscalationReason;
import nl.oneplan.events.FamilyContactRecorded;
import nl.oneplan.events.FamilyMemberCorrected;
import nl.oneplan.events.FamilyMemberRegistered;
import nl.oneplan.events.FinalEvaluationHeld;
import nl.oneplan.events.GoalAchieved;
import nl.oneplan.events.GoalAuthorship;
import nl.oneplan.events.GoalDropReason;
import nl.oneplan.events.GoalDropped;
import nl.oneplan.events.GoalReview;
import nl.oneplan.events.GoalRevised;
import nl.oneplan.events.GoalSet;
import nl.oneplan.events.IndicationEnded;
import nl.oneplan.events.IndicationExtended;
import nl.oneplan.events.IndicationRegistered;
import nl.oneplan.events.LifeDomain;
import nl.oneplan.events.MemberRole;
import nl.oneplan.events.MinutesApprovedByFamily;
import nl.oneplan.events.MinutesDistributed;
import nl.oneplan.events.MinutesDrafted;
import nl.oneplan.events.MinutesSentToFamily;
import nl.oneplan.events.NetworkCategory;
import nl.oneplan.events.ParticipantAccountLinked;
import nl.oneplan.events.ParticipantAccountUnlinked;
import nl.oneplan.events.ParticipantInvolved;
import nl.oneplan.events.ParticipantKind;
import nl.oneplan.events.ParticipantWithdrawn;
import nl.oneplan.events.PartyKind;
import nl.oneplan.events.PartyRef;
import nl.oneplan.events.Registration;
import nl.oneplan.events.RoundTableHeld;
import nl.oneplan.events.RoundTableIntervalSet;
import nl.oneplan.events.RoundTableScheduled;
import nl.oneplan.events.SafetyDecisionRecorded;
import nl.oneplan.events.StandardAgreement;
import nl.oneplan.events.TrajectoryClosed;
import nl.oneplan.events.TrajectoryOpened;
import nl.oneplan.events.TrajectoryReopened;
import nl.oneplan.rules.CoordinatingAccounts;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.BiConsumer;
import java.util.Arrays;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The family plan (gezinsplan) of one trajectory as the format describes it: family, involved
 * people with the coordinator and the coordination arrangement, goals, agreements and the final
 * evaluation. It is stored as one JSON document per trajectory and served as it is stored.
 * Display names of referenced people are resolved when the document changes, so the view never
 * has to look elsewhere.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class PlanView {

    public static final String TITLE = "Gezinsplan — 1Gezin1Plan";

    private UUID trajectoryId;
    /** Sequence number of the last event of this trajectory that the view contains. */
    private long version = -1;
    private String title = TITLE;
    private String familyName;
    private String municipality;
    private LocalDate startDate;
    private Registration registration;
    private String status;
    private Family family = new Family();
    private List<Involved> involved = new ArrayList<>();
    private Coordinator coordinator;
    private List<CoordinatorChange> coordinatorChanges = new ArrayList<>();
    private Arrangement coordinationArrangement;
    private List<Direction> directionLevels = new ArrayList<>();
    private List<Indication> indications = new ArrayList<>();
    private List<Escalation> escalations = new ArrayList<>();
    private List<SafetyDecision> safetyDecisions = new ArrayList<>();
    /** NONE, OPEN (an escalation is not resolved) or RESOLVED. */
    private String escalationState = "NONE";
    private List<RoundTable> roundTables = new ArrayList<>();
    private int roundTableIntervalDays = 90;
    private RoundTableDue roundTableDue;
    private Boolean closurePendingTooLong;
    private List<Goal> goals = new ArrayList<>();
    private List<Agreement> agreements = new ArrayList<>();
    private FinalEvaluation finalEvaluation;
    private Closure closure = Closure.none(List.of());
    private LastChange lastChange;

    @JsonAutoDetect(fieldVisibility = Visibility.ANY)
    public static class Family {
        private List<Member> members = new ArrayList<>();
        private String address;
        private String placeOfResidence;
        private String phone;
        private String email;
        private String importantInformation;

        public List<Member> members() {
            return members;
        }

        public String address() {
            return address;
        }

        public String importantInformation() {
            return importantInformation;
        }

        Family copy() {
            Family copy = new Family();
            copy.members = new ArrayList<>(members);
            copy.address = address;
            copy.placeOfResidence = placeOfResidence;
            copy.phone = phone;
            copy.email = email;
            copy.importantInformation = importantInformation;
            return copy;
        }

        /** Whether the family's address, phone, e-mail or important information is recorded. */
        public boolean hasContact() {
            return address != null || placeOfResidence != null || phone != null || email != null
                    || importantInformation != null;
        }
    }

    public record Member(UUID memberId, String name, LocalDate dateOfBirth, MemberRole role, boolean custody) {
    }

    /** An involved person; {@code userId} is the account that acts as them, if they have one. */
    public record Involved(UUID participantId, ParticipantKind kind, String name, NetworkCategory networkCategory,
                           String organisation, String function, String relation, String email, String phone,
                           List<DayOfWeek> reachableDays, boolean coordinator, String userId, LocalDate withdrawnOn) {
        Involved asCoordinator(boolean coordinates) {
            return new Involved(participantId, kind, name, networkCategory, organisation, function, relation, email,
                    phone, reachableDays, coordinates, userId, withdrawnOn);
        }

        Involved linkedTo(String account) {
            return new Involved(participantId, kind, name, networkCategory, organisation, function, relation, email,
                    phone, reachableDays, coordinator, account, withdrawnOn);
        }

        Involved withdrawn(LocalDate on) {
            return new Involved(participantId, kind, name, networkCategory, organisation, function, relation, email,
                    phone, reachableDays, coordinator, userId, on);
        }
    }

    /** Who made a change, as the server knew them then. */
    public record ChangedBy(String userId, String name, String organisation) {
    }

    /** The latest change to the plan: when and by whom. */
    public record LastChange(Instant at, ChangedBy by) {
    }

    /** The care coordinator, highlighted in the format: a professional or a family member. */
    public record Coordinator(PartyKind kind, UUID id, String name, String organisation, String function,
                              String email, String phone) {
    }

    public record Arrangement(ArrangementKind kind, String description) {
    }

    public record Goal(int number, String description, LifeDomain lifeDomain, List<UUID> memberIds,
                       List<String> members, LocalDate startDate, LocalDate plannedEndDate, LocalDate achievedOn,
                       ChangedBy recordedBy, GoalAuthorship formulatedBy, Dropped dropped) {
        Goal withMembers(List<String> names) {
            return new Goal(number, description, lifeDomain, memberIds, names, startDate, plannedEndDate, achievedOn,
                    recordedBy, formulatedBy, dropped);
        }

        Goal achieved(LocalDate on) {
            return new Goal(number, description, lifeDomain, memberIds, members, startDate, plannedEndDate, on,
                    recordedBy, formulatedBy, dropped);
        }

        Goal revised(String newDescription, LocalDate newPlannedEnd, List<UUID> newMemberIds, List<String> names) {
            return new Goal(number, newDescription, lifeDomain, newMemberIds, names, startDate, newPlannedEnd,
                    achievedOn, recordedBy, formulatedBy, dropped);
        }

        Goal dropped(Dropped drop) {
            return new Goal(number, description, lifeDomain, memberIds, members, startDate, plannedEndDate, achievedOn,
                    recordedBy, formulatedBy, drop);
        }
    }

    /** Why and when a goal was dropped; {@code replacedByGoal} when another goal took its place. */
    public record Dropped(LocalDate droppedOn, GoalDropReason reason, Integer replacedByGoal) {
    }

    /** Who carries an agreement, with the name at the time the view was last written. */
    public record Who(PartyKind kind, UUID id, String name) {

        /** A name alone: how plans stored before round tables kept ids named the people in them. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Who named(String name) {
            return new Who(null, null, name);
        }

        Who renamed(String newName) {
            return new Who(kind, id, newName);
        }
    }

    /**
     * An agreement. {@code overdue} is not stored: it depends on the day the plan is read, and is
     * filled in then (see {@link #asOf}).
     */
    public record Agreement(int number, Integer goalNumber, Who who, String what, StandardAgreement standard,
                            LocalDate startDate, LocalDate plannedEndDate, LocalDate completedOn,
                            ChangedBy recordedBy, String rescheduleReason, String cancellationReason,
                            Boolean overdue) {
        Agreement withWho(Who newWho) {
            return new Agreement(number, goalNumber, newWho, what, standard, startDate, plannedEndDate, completedOn,
                    recordedBy, rescheduleReason, cancellationReason, overdue);
        }

        Agreement completed(LocalDate on) {
            return new Agreement(number, goalNumber, who, what, standard, startDate, plannedEndDate, on, recordedBy,
                    rescheduleReason, cancellationReason, overdue);
        }

        Agreement rescheduled(LocalDate newPlannedEnd, String reason) {
            return new Agreement(number, goalNumber, who, what, standard, startDate, newPlannedEnd, completedOn,
                    recordedBy, reason, cancellationReason, overdue);
        }

        Agreement cancelled(String reason) {
            return new Agreement(number, goalNumber, who, what, standard, startDate, plannedEndDate, completedOn,
                    recordedBy, rescheduleReason, reason, overdue);
        }

        /** Overdue: its planned end has passed and it is neither completed nor cancelled. */
        Agreement asOf(LocalDate today) {
            boolean late = completedOn == null && cancellationReason == null && plannedEndDate != null
                    && plannedEndDate.isBefore(today);
            return new Agreement(number, goalNumber, who, what, standard, startDate, plannedEndDate, completedOn,
                    recordedBy, rescheduleReason, cancellationReason, late);
        }
    }

    /**
     * A member's current direction level, overall ({@code lifeDomain} null) or in one life domain;
     * when a safety decision lowered it, that decision's number.
     */
    public record Direction(UUID memberId, String member, LifeDomain lifeDomain, DirectionLevel level,
                            LocalDate recordedOn, String note, boolean dueToSafetyDecision,
                            Integer safetyDecisionNumber) {
    }

    /**
     * An indication; {@code endingSoon} and {@code expired} are filled in when the plan is read: it
     * runs out within the warning period, or ran out before today, and was never ended.
     */
    public record Indication(UUID indicationId, String careProvider, String kindOfCare, LocalDate validFrom,
                             LocalDate validUntil, LocalDate endedOn, String endReason, Boolean endingSoon,
                             Boolean expired) {
        Indication(UUID indicationId, String careProvider, String kindOfCare, LocalDate validFrom,
                   LocalDate validUntil, LocalDate endedOn, String endReason, Boolean endingSoon) {
            this(indicationId, careProvider, kindOfCare, validFrom, validUntil, endedOn, endReason, endingSoon, null);
        }

        Indication asOf(LocalDate today, int warningDays) {
            boolean soon = endedOn == null && !validUntil.isBefore(today)
                    && !validUntil.isAfter(today.plusDays(warningDays));
            return new Indication(indicationId, careProvider, kindOfCare, validFrom, validUntil, endedOn, endReason,
                    soon, endedOn == null && validUntil.isBefore(today));
        }
    }

    public record Escalation(int number, EscalationLevel to, boolean safety, EscalationReason reasonCode,
                             String reason, LocalDate escalatedOn, String resolution, LocalDate deescalatedOn) {
    }

    public record SafetyDecision(int number, LocalDate decidedOn, String decision, String decidedBy,
                                 List<String> optionsPutToFamily, String familyResponse, List<String> members,
                                 DirectionLevel directionLevelAfter) {
    }

    /** A round table as planned and, once held, as it went. */
    public record RoundTable(int number, LocalDateTime startsAt, String place, List<Part> parts, LocalDate heldOn,
                             List<GoalReview> goalReviews, Minutes minutes) {
        RoundTable held(LocalDate on, List<List<Who>> attended, List<GoalReview> reviews) {
            List<Part> withAttendance = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                Part part = parts.get(i);
                withAttendance.add(new Part(part.topic(), part.invited(), i < attended.size() ? attended.get(i)
                        : List.of()));
            }
            return new RoundTable(number, startsAt, place, withAttendance, on, reviews, minutes);
        }

        RoundTable withMinutes(Minutes newMinutes) {
            return new RoundTable(number, startsAt, place, parts, heldOn, goalReviews, newMinutes);
        }

        RoundTable withParts(List<Part> newParts) {
            return new RoundTable(number, startsAt, place, newParts, heldOn, goalReviews, minutes);
        }
    }

    /**
     * One part of a round table: its topic, who the family invited and who came, each by id with
     * their name (two people may share a name).
     */
    public record Part(String topic, List<Who> invited, List<Who> attended) {
    }

    /** The minutes on their way: drafted, to the family, approved (possibly changed), distributed. */
    public record Minutes(String stage, String text, LocalDate sentToFamilyOn, LocalDate approvedOn,
                          boolean changedByFamily, LocalDate distributedOn, List<String> recipients) {
    }

    /**
     * When the next round table is due: the interval after the last one held (or the start).
     * Derived when the plan is read.
     */
    public record RoundTableDue(LocalDate lastHeldOn, LocalDate dueOn, LocalDateTime nextScheduled,
                                boolean overdue, Long daysSinceLast) {
    }

    /** A change of coordinator: who handed over to whom, why, when, and whether the family was told. */
    public record CoordinatorChange(String from, String to, String reason, LocalDate handoverDate,
                                    boolean familyInformed) {
    }

    /** The closing evaluation with the family; empty until it is held. */
    public record FinalEvaluation(LocalDate heldOn, String wentWell, String couldBeBetter, List<Result> goalResults,
                                  boolean familyJudgesEnough, String futurePerspective, List<String> tookPart,
                                  ChangedBy recordedBy) {
    }

    /** What one goal came to. */
    public record Result(int goalNumber, String goal, String result) {
    }

    /** Someone informed of the closure, and by whom. */
    public record Informed(String party, String informedBy, LocalDate informedOn) {
    }

    /** The way to the end of the trajectory, as far as it has come; reopenings stay listed. */
    public record Closure(ClosureReason reason, LocalDate proposedOn, String proposalNote, List<Informed> informed,
                          String informationNote, LocalDate closedOn, Boolean withoutFinalEvaluation,
                          String explanation, List<Reopening> reopenings) {
        static Closure none(List<Reopening> reopenings) {
            return new Closure(null, null, null, List.of(), null, null, null, null, reopenings);
        }
    }

    /**
     * A reopening, with what it reopened: when and why the trajectory had closed, and the final
     * evaluation held before that closure, so the plan keeps its earlier ends in view.
     */
    public record Reopening(LocalDate reopenedOn, String reason, LocalDate closedOn, ClosureReason closureReason,
                            FinalEvaluation evaluation) {
    }

    public static PlanView empty(UUID trajectoryId) {
        PlanView view = new PlanView();
        view.trajectoryId = trajectoryId;
        return view;
    }

    public UUID trajectoryId() {
        return trajectoryId;
    }

    public long version() {
        return version;
    }

    public String familyName() {
        return familyName;
    }

    public String municipality() {
        return municipality;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public String status() {
        return status;
    }

    public Family family() {
        return family;
    }

    public List<Involved> involved() {
        return involved;
    }

    public Coordinator coordinator() {
        return coordinator;
    }

    public Arrangement coordinationArrangement() {
        return coordinationArrangement;
    }

    public List<Goal> goals() {
        return goals;
    }

    public List<Agreement> agreements() {
        return agreements;
    }

    public FinalEvaluation finalEvaluation() {
        return finalEvaluation;
    }

    public Closure closure() {
        return closure;
    }

    public LastChange lastChange() {
        return lastChange;
    }

    /** The participant who opened the trajectory: the first one involved. */
    public UUID opener() {
        return involved.isEmpty() ? null : involved.get(0).participantId();
    }

    /** The participant the account acts as, if it acts on this trajectory. */
    public Optional<UUID> participantOf(String userId) {
        return accounts().entrySet().stream().filter(entry -> entry.getValue().equals(userId))
                .map(Map.Entry::getKey).findFirst();
    }

    /** Whether the account acts as this trajectory's coordinator ({@link CoordinatingAccounts}). */
    public boolean coordinatedBy(String userId) {
        PartyRef ref = coordinator == null ? null : new PartyRef(coordinator.kind(), coordinator.id());
        return CoordinatingAccounts.coordinates(userId, ref, opener(), accounts());
    }

    /** The account of the coordinator, when a participant with an account coordinates. */
    public String coordinatorUserId() {
        if (coordinator == null || coordinator.kind() != PartyKind.PARTICIPANT) {
            return null;
        }
        return involved.stream().filter(person -> person.participantId().equals(coordinator.id())
                && person.withdrawnOn() == null && person.userId() != null).map(Involved::userId).findFirst()
                .orElse(null);
    }

    public List<Goal> openGoals() {
        return goals.stream().filter(goal -> goal.achievedOn() == null && goal.dropped() == null).toList();
    }

    /** Accounts that act as participants of this trajectory, by participant. */
    public Map<UUID, String> accounts() {
        Map<UUID, String> accounts = new LinkedHashMap<>();
        involved.stream().filter(person -> person.userId() != null && person.withdrawnOn() == null)
                .forEach(person -> accounts.put(person.participantId(), person.userId()));
        return accounts;
    }

    /** True when the event with this sequence number is already in the view (a redelivery). */
    boolean contains(long sequenceNumber) {
        return sequenceNumber <= version;
    }

    /** The event is part of the trajectory's history but not of its plan: only the version moves on. */
    void skipTo(long sequenceNumber) {
        version = sequenceNumber;
    }

    void advanceTo(long sequenceNumber, Instant at, ChangedBy by) {
        version = sequenceNumber;
        lastChange = new LastChange(at, by);
    }

    void on(TrajectoryOpened event) {
        familyName = event.familyName();
        municipality = event.municipality();
        startDate = event.startDate();
        registration = event.registration();
        status = "OPEN";
    }

    void on(FamilyMemberRegistered event) {
        family.members.add(new Member(event.memberId(), event.name(), event.dateOfBirth(), event.role(),
                event.custody()));
    }

    void on(FamilyMemberCorrected event) {
        family.members.replaceAll(member -> member.memberId().equals(event.memberId())
                ? new Member(event.memberId(), event.name(), event.dateOfBirth(), event.role(), event.custody())
                : member);
        refreshNames();
    }

    void on(FamilyContactRecorded event) {
        family.address = event.address();
        family.placeOfResidence = event.placeOfResidence();
        family.phone = event.phone();
        family.email = event.email();
        family.importantInformation = event.importantInformation();
    }

    void on(ParticipantInvolved event) {
        involved.add(new Involved(event.participantId(), event.kind(), event.name(), event.networkCategory(),
                event.organisation(), event.function(), event.relation(), event.email(), event.phone(),
                event.reachableDays() == null ? List.of() : event.reachableDays().stream().sorted().toList(), false,
                null, null));
    }

    void on(ParticipantAccountLinked event) {
        involved.replaceAll(person -> person.participantId().equals(event.participantId())
                ? person.linkedTo(event.userId()) : person);
    }

    void on(ParticipantAccountUnlinked event) {
        involved.replaceAll(person -> person.participantId().equals(event.participantId())
                ? person.linkedTo(null) : person);
    }

    void on(CoordinatorAssigned event) {
        PartyRef ref = event.coordinator();
        involved.replaceAll(person -> person.asCoordinator(ref.kind() == PartyKind.PARTICIPANT
                && person.participantId().equals(ref.id())));
        coordinator = describeCoordinator(ref);
        refreshNames();
    }

    void on(CoordinationArrangementRecorded event) {
        coordinationArrangement = new Arrangement(event.kind(), event.description());
    }

    void on(GoalSet event, ChangedBy by) {
        goals.add(new Goal(event.goalNumber(), event.description(), event.lifeDomain(), event.memberIds(),
                memberNames(event.memberIds()), event.startDate(), event.plannedEndDate(), null, by,
                event.formulatedBy(), null));
    }

    void on(GoalAchieved event) {
        goals.replaceAll(goal -> goal.number() == event.goalNumber() ? goal.achieved(event.achievedOn()) : goal);
    }

    void on(AgreementMade event, ChangedBy by) {
        // A standard agreement is worded by the format (the plan's language); clients may word it by its code.
        String what = event.standard() != null ? StandardAgreementTexts.dutch(event.standard()) : event.what();
        agreements.add(new Agreement(event.agreementNumber(), event.goalNumber(), who(event.who()), what,
                event.standard(), event.startDate(), event.plannedEndDate(), null, by, null, null, null));
    }

    void on(AgreementCompleted event) {
        agreements.replaceAll(agreement -> agreement.number() == event.agreementNumber()
                ? agreement.completed(event.completedOn()) : agreement);
    }

    void on(GoalRevised event) {
        goals.replaceAll(goal -> goal.number() == event.goalNumber() ? goal.revised(event.description(),
                event.plannedEndDate(), event.memberIds(), memberNames(event.memberIds())) : goal);
    }

    void on(GoalDropped event) {
        goals.replaceAll(goal -> goal.number() == event.goalNumber()
                ? goal.dropped(new Dropped(event.droppedOn(), event.reason(), event.replacedByGoal())) : goal);
    }

    void on(AgreementRescheduled event) {
        agreements.replaceAll(agreement -> agreement.number() == event.agreementNumber()
                ? agreement.rescheduled(event.plannedEndDate(), event.reason()) : agreement);
    }

    void on(AgreementCancelled event) {
        agreements.replaceAll(agreement -> agreement.number() == event.agreementNumber()
                ? agreement.cancelled(event.reason()) : agreement);
    }

    void on(ParticipantWithdrawn event) {
        involved.replaceAll(person -> person.participantId().equals(event.participantId())
                ? person.withdrawn(event.withdrawnOn()) : person);
    }

    void on(CoordinationHandedOver event) {
        String from = coordinator == null ? null : coordinator.name();
        on(new CoordinatorAssigned(event.trajectoryId(), event.to()));
        coordinatorChanges.add(new CoordinatorChange(from, coordinator.name(), event.reason(), event.handoverDate(),
                event.familyInformed()));
    }

    /**
     * The plan as read on {@code today}: agreements whose planned end has passed are overdue, and
     * indications that run out within {@code indicationWarningDays} are ending soon.
     */
    public PlanView asOf(LocalDate today, int indicationWarningDays) {
        // A copy: the view read from the store (or held by a projection batch) keeps no fact of one day.
        PlanView read = copy();
        read.agreements.replaceAll(agreement -> agreement.asOf(today));
        read.indications.replaceAll(indication -> indication.asOf(today, indicationWarningDays));
        read.deriveDue(today);
        return read;
    }

    private void deriveDue(LocalDate today) {
        LocalDate lastHeld = roundTables.stream().map(RoundTable::heldOn).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        LocalDateTime next = roundTables.stream().filter(table -> table.heldOn() == null)
                .map(RoundTable::startsAt).min(LocalDateTime::compareTo).orElse(null);
        if (startDate != null && closure.closedOn() == null) {
            LocalDate dueOn = (lastHeld != null ? lastHeld : startDate).plusDays(roundTableIntervalDays);
            roundTableDue = new RoundTableDue(lastHeld, dueOn, next, today.isAfter(dueOn),
                    lastHeld == null ? null : ChronoUnit.DAYS.between(lastHeld, today));
        } else {
            roundTableDue = null;
        }
        closurePendingTooLong = "CLOSURE_PROPOSED".equals(status)
                && closure.proposedOn().plusDays(CLOSURE_PENDING_DAYS).isBefore(today);
    }

    /**
     * A copy with lists of its own (their elements are immutable records), so changing the copy's
     * lists leaves this view as it is.
     */
    private PlanView copy() {
        PlanView copy = new PlanView();
        copy.trajectoryId = trajectoryId;
        copy.version = version;
        copy.title = title;
        copy.familyName = familyName;
        copy.municipality = municipality;
        copy.startDate = startDate;
        copy.registration = registration;
        copy.status = status;
        copy.family = family.copy();
        copy.involved = new ArrayList<>(involved);
        copy.coordinator = coordinator;
        copy.coordinatorChanges = new ArrayList<>(coordinatorChanges);
        copy.coordinationArrangement = coordinationArrangement;
        copy.directionLevels = new ArrayList<>(directionLevels);
        copy.indications = new ArrayList<>(indications);
        copy.escalations = new ArrayList<>(escalations);
        copy.safetyDecisions = new ArrayList<>(safetyDecisions);
        copy.escalationState = escalationState;
        copy.roundTables = new ArrayList<>(roundTables);
        copy.roundTableIntervalDays = roundTableIntervalDays;
        copy.roundTableDue = roundTableDue;
        copy.closurePendingTooLong = closurePendingTooLong;
        copy.goals = new ArrayList<>(goals);
        copy.agreements = new ArrayList<>(agreements);
        copy.finalEvaluation = finalEvaluation;
        copy.closure = closure;
        copy.lastChange = lastChange;
        return copy;
    }

    /**
     * The plan's handler per event type: its {@code on(event)} or {@code on(event, changedBy)}
     * methods below, found once. An event type without one does not change the plan.
     */
    private static final Map<Class<?>, Method> HANDLERS = Arrays.stream(PlanView.class.getDeclaredMethods())
            .filter(method -> method.getName().equals("on") && method.getParameterCount() > 0
                    && TrajectoryEvent.class.isAssignableFrom(method.getParameterTypes()[0]))
            .collect(Collectors.toUnmodifiableMap(method -> method.getParameterTypes()[0], method -> method));

    /** How the event changes a plan; null when it does not (consent, sharing). */
    public static BiConsumer<PlanView, ChangedBy> change(TrajectoryEvent event) {
        Method handler = HANDLERS.get(event.getClass());
        if (handler == null) {
            return null;
        }
        return (view, by) -> {
            try {
                if (handler.getParameterCount() == 2) {
                    handler.invoke(view, event, by);
                } else {
                    handler.invoke(view, event);
                }
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** The event types that change a plan. */
    static Set<Class<?>> changedBy() {
        return HANDLERS.keySet();
    }

    /** After this many days a proposed closure that was not carried out needs attention. */
    static final int CLOSURE_PENDING_DAYS = 30;

    void on(RoundTableScheduled event) {
        roundTables.add(new RoundTable(event.roundTableNumber(), event.startsAt(), event.place(),
                event.parts().stream().map(part -> new Part(part.topic(), people(part.memberIds(),
                        part.participantIds()), List.of())).toList(), null, List.of(),
                new Minutes("NONE", null, null, null, false, null, List.of())));
    }

    void on(RoundTableHeld event) {
        List<List<Who>> attended = event.attendance().stream()
                .map(part -> people(part.memberIds(), part.participantIds())).toList();
        roundTables.replaceAll(table -> table.number() == event.roundTableNumber()
                ? table.held(event.heldOn(), attended, event.goalReviews()) : table);
    }

    void on(MinutesDrafted event) {
        changeMinutes(event.roundTableNumber(), minutes -> new Minutes("DRAFTED", event.text(), null, null, false,
                null, List.of()));
    }

    void on(MinutesSentToFamily event) {
        changeMinutes(event.roundTableNumber(), minutes -> new Minutes("SENT_TO_FAMILY", minutes.text(),
                event.sentOn(), null, false, null, List.of()));
    }

    void on(MinutesApprovedByFamily event) {
        changeMinutes(event.roundTableNumber(), minutes -> new Minutes("APPROVED",
                event.changedText() != null ? event.changedText() : minutes.text(), minutes.sentToFamilyOn(),
                event.approvedOn(), event.changedText() != null, null, List.of()));
    }

    void on(MinutesDistributed event) {
        changeMinutes(event.roundTableNumber(), minutes -> new Minutes("DISTRIBUTED", minutes.text(),
                minutes.sentToFamilyOn(), minutes.approvedOn(), minutes.changedByFamily(), event.distributedOn(),
                event.recipientIds().stream().map(this::participantName).toList()));
    }

    void on(RoundTableIntervalSet event) {
        roundTableIntervalDays = event.days();
    }

    private void changeMinutes(int roundTable, UnaryOperator<Minutes> change) {
        roundTables.replaceAll(table -> table.number() == roundTable ? table.withMinutes(change.apply(table.minutes()))
                : table);
    }

    private List<Who> people(List<UUID> memberIds, List<UUID> participantIds) {
        List<Who> people = new ArrayList<>();
        (memberIds == null ? List.<UUID>of() : memberIds).forEach(id -> people.add(who(PartyRef.member(id))));
        (participantIds == null ? List.<UUID>of() : participantIds)
                .forEach(id -> people.add(who(PartyRef.participant(id))));
        return people;
    }

    public List<RoundTable> roundTables() {
        return roundTables;
    }

    public RoundTableDue roundTableDue() {
        return roundTableDue;
    }

    public Boolean closurePendingTooLong() {
        return closurePendingTooLong;
    }

    /**
     * The level with the latest date per member and life domain is the current one: a level entered
     * afterwards about an earlier day (catching up on paper notes) does not replace a newer one.
     */
    void on(DirectionLevelRecorded event) {
        boolean newerKnown = directionLevels.stream().anyMatch(direction -> direction.memberId()
                .equals(event.memberId()) && Objects.equals(direction.lifeDomain(), event.lifeDomain())
                && direction.recordedOn().isAfter(event.recordedOn()));
        if (newerKnown) {
            return;
        }
        directionLevels.removeIf(direction -> direction.memberId().equals(event.memberId())
                && Objects.equals(direction.lifeDomain(), event.lifeDomain()));
        directionLevels.add(new Direction(event.memberId(), memberName(event.memberId()), event.lifeDomain(),
                event.level(), event.recordedOn(), event.note(), event.dueToSafetyDecision(),
                event.safetyDecisionNumber()));
    }

    void on(IndicationRegistered event) {
        indications.add(new Indication(event.indicationId(), event.careProvider(), event.kindOfCare(),
                event.validFrom(), event.validUntil(), null, null, null));
    }

    void on(IndicationExtended event) {
        indications.replaceAll(indication -> indication.indicationId().equals(event.indicationId())
                ? new Indication(indication.indicationId(), indication.careProvider(), indication.kindOfCare(),
                indication.validFrom(), event.validUntil(), null, null, null) : indication);
    }

    void on(IndicationEnded event) {
        indications.replaceAll(indication -> indication.indicationId().equals(event.indicationId())
                ? new Indication(indication.indicationId(), indication.careProvider(), indication.kindOfCare(),
                indication.validFrom(), indication.validUntil(), event.endedOn(), event.reason(), null) : indication);
    }

    void on(Escalated event) {
        escalations.add(new Escalation(event.escalationNumber(), event.to(), event.to().safety(),
                event.reasonCode(), event.reason(), event.escalatedOn(), null, null));
        escalationState = "OPEN";
    }

    void on(Deescalated event) {
        escalations.replaceAll(escalation -> escalation.number() == event.escalationNumber()
                ? new Escalation(escalation.number(), escalation.to(), escalation.safety(), escalation.reasonCode(),
                        escalation.reason(), escalation.escalatedOn(), event.resolution(), event.deescalatedOn())
                : escalation);
        escalationState = escalated() ? "OPEN" : "RESOLVED";
    }

    void on(SafetyDecisionRecorded event) {
        safetyDecisions.add(new SafetyDecision(event.decisionNumber(), event.decidedOn(), event.decision(),
                event.decidedBy(), event.optionsPutToFamily(), event.familyResponse(),
                memberNames(event.memberIds()), event.directionLevelAfter()));
    }

    public List<Direction> directionLevels() {
        return directionLevels;
    }

    public List<Indication> indications() {
        return indications;
    }

    public List<SafetyDecision> safetyDecisions() {
        return safetyDecisions;
    }

    public List<Escalation> escalations() {
        return escalations;
    }

    public String escalationState() {
        return escalationState;
    }

    /** Whether an escalation is still open: the caseload and the plan show it. */
    public boolean escalated() {
        return escalations.stream().anyMatch(escalation -> escalation.deescalatedOn() == null);
    }

    public List<CoordinatorChange> coordinatorChanges() {
        return coordinatorChanges;
    }

    void on(ClosureProposed event) {
        status = "CLOSURE_PROPOSED";
        closure = new Closure(event.reason(), event.proposedOn(), event.note(), closure.informed(),
                closure.informationNote(), null, null, null, closure.reopenings());
    }

    void on(FinalEvaluationHeld event, ChangedBy by) {
        List<Result> results = event.goalResults().stream().map(result -> new Result(result.goalNumber(),
                goals.stream().filter(goal -> goal.number() == result.goalNumber()).map(Goal::description)
                        .findFirst().orElse(null), result.result())).toList();
        List<String> tookPart = new ArrayList<>(memberNames(event.memberIds()));
        event.participantIds().forEach(id -> tookPart.add(participantName(id)));
        finalEvaluation = new FinalEvaluation(event.heldOn(), event.wentWell(), event.couldBeBetter(), results,
                event.familyJudgesEnough(), event.futurePerspective(), tookPart, by);
    }

    void on(ClosureInformationRecorded event) {
        closure = new Closure(closure.reason(), closure.proposedOn(), closure.proposalNote(),
                event.informed().stream().map(party -> new Informed(party.party(), who(party.informedBy()).name(),
                        party.informedOn())).toList(),
                event.note(), closure.closedOn(), closure.withoutFinalEvaluation(), closure.explanation(),
                closure.reopenings());
    }

    void on(TrajectoryClosed event) {
        status = event.withoutFinalEvaluation() ? "CLOSED_WITHOUT_FINAL_EVALUATION" : "CLOSED";
        closure = new Closure(event.reason(), closure.proposedOn(), closure.proposalNote(), closure.informed(),
                closure.informationNote(), event.closedOn(), event.withoutFinalEvaluation(), event.explanation(),
                closure.reopenings());
    }

    /** The plan goes on; the last closure stays in the timeline, the next one starts afresh. */
    void on(TrajectoryReopened event) {
        status = "OPEN";
        List<Reopening> reopenings = new ArrayList<>(closure.reopenings());
        reopenings.add(new Reopening(event.reopenedOn(), event.reason(), closure.closedOn(), closure.reason(),
                finalEvaluation));
        finalEvaluation = null;
        closure = Closure.none(List.copyOf(reopenings));
    }

    private String participantName(UUID participantId) {
        return involved.stream().filter(person -> person.participantId().equals(participantId))
                .map(Involved::name).findFirst().orElse(null);
    }

    private Coordinator describeCoordinator(PartyRef ref) {
        if (ref.kind() == PartyKind.MEMBER) {
            return family.members.stream().filter(member -> member.memberId().equals(ref.id())).findFirst()
                    .map(member -> new Coordinator(PartyKind.MEMBER, ref.id(), member.name(), null, null,
                            family.email, family.phone))
                    .orElse(new Coordinator(PartyKind.MEMBER, ref.id(), null, null, null, null, null));
        }
        return involved.stream().filter(person -> person.participantId().equals(ref.id())).findFirst()
                .map(person -> new Coordinator(PartyKind.PARTICIPANT, ref.id(), person.name(), person.organisation(),
                        person.function(), person.email(), person.phone()))
                .orElse(new Coordinator(PartyKind.PARTICIPANT, ref.id(), null, null, null, null, null));
    }

    /** Names shown next to references follow corrections and coordinator changes. */
    private void refreshNames() {
        if (coordinator != null) {
            coordinator = describeCoordinator(new PartyRef(coordinator.kind(), coordinator.id()));
        }
        goals.replaceAll(goal -> goal.withMembers(memberNames(goal.memberIds())));
        agreements.replaceAll(agreement -> agreement.withWho(
                who(new PartyRef(agreement.who().kind(), agreement.who().id()))));
        roundTables.replaceAll(table -> table.withParts(table.parts().stream().map(part -> new Part(part.topic(),
                renamed(part.invited()), renamed(part.attended()))).toList()));
    }

    /** The people with their current names; ones stored by name alone keep it. */
    private List<Who> renamed(List<Who> people) {
        return people.stream().map(person -> person.id() == null ? person
                : person.renamed(who(new PartyRef(person.kind(), person.id())).name())).toList();
    }

    private List<String> memberNames(List<UUID> memberIds) {
        return memberIds.stream().map(this::memberName).toList();
    }

    private String memberName(UUID memberId) {
        return family.members.stream().filter(member -> member.memberId().equals(memberId)).map(Member::name)
                .findFirst().orElse(null);
    }

    private Who who(PartyRef ref) {
        return switch (ref.kind()) {
            case MEMBER -> new Who(PartyKind.MEMBER, ref.id(), memberName(ref.id()));
            case PARTICIPANT -> new Who(PartyKind.PARTICIPANT, ref.id(), participantName(ref.id()));
            case COORDINATOR_WITH_FAMILY -> new Who(PartyKind.COORDINATOR_WITH_FAMILY, null,
                    coordinator == null ? null : coordinator.name());
        };
    }
}
