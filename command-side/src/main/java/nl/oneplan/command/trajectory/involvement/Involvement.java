package nl.oneplan.command.trajectory.involvement;

import nl.oneplan.command.trajectory.DomainException;
import nl.oneplan.command.trajectory.ErrorCode;

import nl.oneplan.events.CoordinationArrangementRecorded;
import nl.oneplan.events.CoordinationHandedOver;
import nl.oneplan.events.CoordinatorAssigned;
import nl.oneplan.events.FamilyContactRecorded;
import nl.oneplan.events.FamilyMemberCorrected;
import nl.oneplan.events.FamilyMemberRegistered;
import nl.oneplan.events.MemberRole;
import nl.oneplan.events.ParticipantAccountLinked;
import nl.oneplan.events.ParticipantAccountUnlinked;
import nl.oneplan.events.ParticipantInvolved;
import nl.oneplan.events.ParticipantKind;
import nl.oneplan.events.ParticipantWithdrawn;
import nl.oneplan.events.PartyKind;
import nl.oneplan.events.PartyRef;
import nl.oneplan.events.Recipient;
import nl.oneplan.rules.CoordinatingAccounts;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who is involved: the family members and their contact details, the participants (network and
 * professionals), the accounts that act as them, who withdrew, and the coordinator with how the
 * parties coordinate. Part of {@link FamilyTrajectory}: it owns this state and its event-sourcing
 * handlers, and answers who is who: the references a command names, and which accounts coordinate.
 */
public class Involvement {

    public record Member(String name, LocalDate dateOfBirth, MemberRole role, boolean custody) {
    }

    private final Map<UUID, Member> members = new LinkedHashMap<>();
    private final Map<UUID, ParticipantKind> participants = new HashMap<>();
    private final Map<UUID, String> accountsByParticipant = new HashMap<>();
    private final Set<UUID> withdrawnParticipants = new HashSet<>();
    private PartyRef coordinator;
    /** The participant who opened the trajectory: acts for a coordinator without an account. */
    private UUID opener;
    private CoordinationArrangementRecorded arrangement;
    private FamilyContactRecorded contact;

    public boolean isMember(UUID memberId) {
        return members.containsKey(memberId);
    }

    public Member member(UUID memberId) {
        return members.get(memberId);
    }

    public List<UUID> memberIds() {
        return List.copyOf(members.keySet());
    }

    public boolean isInvolved(UUID participantId) {
        return participants.containsKey(participantId);
    }

    public boolean hasWithdrawn(UUID participantId) {
        return withdrawnParticipants.contains(participantId);
    }

    /** A professional involved and not withdrawn: who may receive a copy of the plan. */
    public boolean isActiveProfessional(UUID participantId) {
        return participants.get(participantId) == ParticipantKind.PROFESSIONAL && !hasWithdrawn(participantId);
    }

    public String accountOf(UUID participantId) {
        return accountsByParticipant.get(participantId);
    }

    public PartyRef coordinator() {
        return coordinator;
    }

    public CoordinationArrangementRecorded arrangement() {
        return arrangement;
    }

    public FamilyContactRecorded contact() {
        return contact;
    }

    /** Accounts of participants who have not withdrawn: the ones that act on the trajectory. */
    public Map<UUID, String> activeAccounts() {
        Map<UUID, String> active = new HashMap<>(accountsByParticipant);
        active.keySet().removeAll(withdrawnParticipants);
        return active;
    }

    /** The accounts that coordinate: the coordinator's, or the opener's while the coordinator has none. */
    public Set<String> coordinatingAccounts() {
        return CoordinatingAccounts.of(coordinator, opener, activeAccounts());
    }


    public UUID assertParticipantKnown(UUID participantId) {
        if (!participants.containsKey(participantId)) {
            throw new DomainException(ErrorCode.PARTICIPANT_NOT_FOUND, "participantId",
                    "no participant " + participantId);
        }
        return participantId;
    }

    public void assertNewMember(UUID memberId) {
        if (members.containsKey(memberId)) {
            throw new DomainException(ErrorCode.MEMBER_ALREADY_REGISTERED, "memberId",
                    "member " + memberId + " is already registered");
        }
    }

    public Member assertMemberKnown(UUID memberId) {
        Member member = members.get(memberId);
        if (member == null) {
            throw new DomainException(ErrorCode.MEMBER_NOT_FOUND, "memberId", "no member " + memberId);
        }
        return member;
    }

    public void assertNewParticipant(UUID participantId) {
        if (participants.containsKey(participantId)) {
            throw new DomainException(ErrorCode.PARTICIPANT_ALREADY_INVOLVED, "participantId",
                    "participant " + participantId + " is already involved");
        }
    }

    /**
     * One account acts as a participant; an account already linked is never replaced. Answers
     * whether the account is still to be linked (not when it already is).
     */
    public boolean assertMayLink(UUID participantId, String userId) {
        assertParticipantKnown(participantId);
        assertAccountFree(userId, participantId);
        String linked = accountsByParticipant.get(participantId);
        if (linked != null && !linked.equals(userId)) {
            throw new DomainException(ErrorCode.PARTICIPANT_ALREADY_LINKED, "participantId",
                    "another account acts as this participant; unlink it first, with a reason");
        }
        return linked == null;
    }

    /**
     * The account that coordinates stays until coordination is handed over, so nobody takes a
     * family over by unlinking. Answers the account to unlink.
     */
    public String assertMayUnlink(UUID participantId) {
        assertParticipantKnown(participantId);
        String linked = accountsByParticipant.get(participantId);
        if (linked == null) {
            throw new DomainException(ErrorCode.NO_ACCOUNT_LINKED, "participantId",
                    "no account acts as this participant");
        }
        if (PartyRef.participant(participantId).equals(coordinator)
                || coordinatingAccounts().equals(Set.of(linked))) {
            throw new DomainException(ErrorCode.COORDINATOR_ACCOUNT_STAYS, "participantId",
                    "the coordinator's account stays linked; hand coordination over first");
        }
        return linked;
    }

    /** The first coordinator; later changes are handovers. Answers whether to assign (not when they already are). */
    public boolean assertMayAssign(PartyRef candidate) {
        assertCanCoordinate(candidate);
        if (coordinator != null && !candidate.equals(coordinator)) {
            throw new DomainException(ErrorCode.COORDINATOR_ALREADY_ASSIGNED, "coordinator",
                    "the trajectory has a coordinator; hand coordination over instead");
        }
        return coordinator == null;
    }

    public void assertCoordinated() {
        if (coordinator == null) {
            throw new DomainException(ErrorCode.NO_COORDINATOR_YET, "there is no coordinator yet; assign one");
        }
    }

    public void assertMayHandOverTo(PartyRef to) {
        assertCanCoordinate(to);
        if (to.equals(coordinator)) {
            throw new DomainException(ErrorCode.ALREADY_COORDINATOR, "to", "they already coordinate");
        }
    }

    /** A participant withdraws once; the coordinator hands over first. */
    public void assertMayWithdraw(UUID participantId) {
        if (!participants.containsKey(participantId)) {
            throw new DomainException(ErrorCode.PARTICIPANT_NOT_FOUND, "participantId",
                    "no participant " + participantId);
        }
        if (hasWithdrawn(participantId)) {
            throw new DomainException(ErrorCode.PARTICIPANT_WITHDRAWN, "participantId",
                    "participant " + participantId + " has already withdrawn");
        }
        if (PartyRef.participant(participantId).equals(coordinator)) {
            throw new DomainException(ErrorCode.COORDINATOR_CANNOT_WITHDRAW, "participantId",
                    "the coordinator hands over coordination before withdrawing");
        }
    }

    /** One account acts as one participant of a trajectory, never as two. */
    public void assertAccountFree(String userId, UUID participantId) {
        accountsByParticipant.forEach((linkedParticipant, linkedUser) -> {
            if (linkedUser.equals(userId) && !linkedParticipant.equals(participantId)) {
                throw new DomainException(ErrorCode.ACCOUNT_ALREADY_LINKED, "userId",
                        "user " + userId + " already acts as another participant of this trajectory");
            }
        });
    }

    public void assertCanCoordinate(PartyRef candidate) {
        if (candidate.kind() == PartyKind.COORDINATOR_WITH_FAMILY) {
            throw new DomainException(ErrorCode.COORDINATOR_WITH_FAMILY_NOT_ASSIGNABLE, "coordinator",
                    "name a participant or a member as coordinator");
        }
        boolean professional = isActiveProfessional(candidate.id());
        boolean member = candidate.kind() == PartyKind.MEMBER && members.containsKey(candidate.id());
        if (!(candidate.kind() == PartyKind.PARTICIPANT && professional) && !member) {
            throw new DomainException(ErrorCode.COORDINATOR_NOT_PROFESSIONAL_OR_MEMBER, "coordinator",
                    "the coordinator must be an involved professional or a member of the family");
        }
    }

    /** Who does an agreement: an involved participant or a family member, whichever the id names. */
    public PartyRef assertKnownPerformer(UUID who) {
        if (participants.containsKey(who)) {
            return PartyRef.participant(who);
        }
        if (members.containsKey(who)) {
            return PartyRef.member(who);
        }
        throw new DomainException(ErrorCode.UNKNOWN_PARTICIPANT_OR_MEMBER, "who",
                "no participant or member " + who);
    }

    public List<UUID> assertKnownMembers(List<UUID> memberIds) {
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

    public List<UUID> assertKnownParticipants(List<UUID> participantIds) {
        if (participantIds == null) {
            return List.of();
        }
        Set<UUID> seen = new HashSet<>();
        for (UUID participantId : participantIds) {
            if (participantId == null || !participants.containsKey(participantId)) {
                throw new DomainException(ErrorCode.UNKNOWN_PARTICIPANT_OR_MEMBER, "participantIds",
                        "no participant " + participantId);
            }
            if (!seen.add(participantId)) {
                throw new DomainException(ErrorCode.DUPLICATE_MEMBER_REFERENCE, "participantIds",
                        "participant " + participantId + " is named twice");
            }
        }
        return List.copyOf(participantIds);
    }

    /** The members a consent or denial is about or given by, each one known. */
    public List<UUID> assertSubjects(List<UUID> memberIds, String field) {
        List<UUID> known;
        try {
            known = assertKnownMembers(memberIds);
        } catch (DomainException unknown) {
            throw new DomainException(unknown.code(), field, unknown.getMessage());
        }
        return known;
    }

    /** Who receives information: an involved participant, or an organisation by name. */
    public Recipient assertRecipient(Recipient recipient) {
        if (recipient.participantId() != null && !participants.containsKey(recipient.participantId())) {
            throw new DomainException(ErrorCode.UNKNOWN_PARTICIPANT_OR_MEMBER, "recipient",
                "no participant " + recipient.participantId());
        }
        return recipient;
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
        if (opener == null) {
            opener = event.participantId();
        }
        participants.put(event.participantId(), event.kind());
    }

    @EventSourcingHandler
    void on(ParticipantAccountLinked event) {
        accountsByParticipant.put(event.participantId(), event.userId());
    }

    @EventSourcingHandler
    void on(ParticipantAccountUnlinked event) {
        accountsByParticipant.remove(event.participantId());
    }

    @EventSourcingHandler
    void on(ParticipantWithdrawn event) {
        withdrawnParticipants.add(event.participantId());
    }

    @EventSourcingHandler
    void on(CoordinatorAssigned event) {
        coordinator = event.coordinator();
    }

    @EventSourcingHandler
    void on(CoordinationHandedOver event) {
        coordinator = event.to();
    }

    @EventSourcingHandler
    void on(CoordinationArrangementRecorded event) {
        arrangement = event;
    }
}
