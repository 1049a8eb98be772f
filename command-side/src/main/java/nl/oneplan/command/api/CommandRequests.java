package nl.oneplan.command.api;

import nl.oneplan.command.trajectory.DomainException;
import nl.oneplan.command.trajectory.ErrorCode;
import nl.oneplan.command.trajectory.closure.RecordClosureInformation;
import nl.oneplan.command.trajectory.roundtable.RecordRoundTableHeld;
import nl.oneplan.events.ArrangementKind;
import nl.oneplan.events.Category;
import nl.oneplan.events.ClosureReason;
import nl.oneplan.events.ConsentForm;
import nl.oneplan.events.DirectionLevel;
import nl.oneplan.events.DisclosureChannel;
import nl.oneplan.events.EscalationLevel;
import nl.oneplan.events.EscalationReason;
import nl.oneplan.events.GoalAuthorship;
import nl.oneplan.events.GoalDropReason;
import nl.oneplan.events.GoalResult;
import nl.oneplan.events.GoalReview;
import nl.oneplan.events.LifeDomain;
import nl.oneplan.events.MemberRole;
import nl.oneplan.events.NetworkCategory;
import nl.oneplan.events.PartAttendance;
import nl.oneplan.events.ParticipantKind;
import nl.oneplan.events.PartyRef;
import nl.oneplan.events.Purpose;
import nl.oneplan.events.Recipient;
import nl.oneplan.events.RegistrationRoute;
import nl.oneplan.events.RoundTablePart;
import nl.oneplan.events.StatutoryGround;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The JSON bodies of the command API. Field names and enum values are the public contract. */
final class CommandRequests {

    private CommandRequests() {
    }

    record RegistrationBody(RegistrationRoute route, String agency) {
    }

    record OpenTrajectoryBody(String familyName, String municipality, LocalDate startDate,
                              RegistrationBody registration, Boolean openerCoordinates) {
    }

    record MemberBody(String name, LocalDate dateOfBirth, MemberRole role, Boolean custody) {
        boolean hasCustody() {
            return Boolean.TRUE.equals(custody);
        }
    }

    record FamilyContactBody(String address, String placeOfResidence, String phone, String email,
                             String importantInformation) {
    }

    record ParticipantBody(String name, ParticipantKind kind, NetworkCategory networkCategory, String organisation,
                           String function, String relation, String email, String phone,
                           Set<DayOfWeek> reachableDays, String userId) {
    }

    record AccountBody(String userId) {
    }

    record UnlinkingBody(String reason) {
    }

    record CoordinatorBody(UUID participantId, UUID memberId) {
        /** Exactly one of the two ids names the coordinator. */
        PartyRef toPartyRef() {
            if (participantId != null && memberId != null) {
                throw new DomainException(ErrorCode.AMBIGUOUS_REFERENCE, "participantId",
                        "give either participantId or memberId, not both");
            }
            if (participantId != null) {
                return PartyRef.participant(participantId);
            }
            if (memberId != null) {
                return PartyRef.member(memberId);
            }
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "participantId",
                    "participantId or memberId is required");
        }
    }

    record ArrangementBody(ArrangementKind kind, String description) {
    }

    record GoalBody(String description, LifeDomain lifeDomain, List<UUID> memberIds, LocalDate startDate,
                    LocalDate plannedEndDate, GoalAuthorship formulatedBy) {
    }

    record GoalRevisionBody(String description, LocalDate plannedEndDate, List<UUID> memberIds) {
    }

    record GoalDropBody(GoalDropReason reason, Integer replacedByGoal, LocalDate droppedOn) {
    }

    record RescheduleBody(LocalDate plannedEndDate, String reason) {
    }

    record CancellationBody(String reason) {
    }

    record WithdrawalBody(LocalDate withdrawnOn, String reason) {
    }

    record HandoverBody(UUID participantId, UUID memberId, String reason, LocalDate handoverDate,
                        Boolean familyInformed) {
        PartyRef to() {
            return new CoordinatorBody(participantId, memberId).toPartyRef();
        }
    }

    record AchievementBody(LocalDate achievedOn) {
    }

    record AgreementBody(Integer goalNumber, UUID who, String what, LocalDate startDate, LocalDate plannedEndDate) {
    }

    record CompletionBody(LocalDate completedOn) {
    }

    record ClosureProposalBody(ClosureReason reason, LocalDate proposedOn, String note) {
    }

    record FinalEvaluationBody(LocalDate heldOn, String wentWell, String couldBeBetter, List<GoalResult> goalResults,
                               Boolean familyJudgesEnough, String futurePerspective, List<UUID> memberIds,
                               List<UUID> participantIds) {
    }

    record InformedBody(String party, UUID informedBy, LocalDate informedOn) {
    }

    record ClosureInformationBody(List<InformedBody> informed, String note) {
        List<RecordClosureInformation.Informed> parties() {
            return informed == null ? null : informed.stream()
                    .map(body -> body == null ? null
                            : new RecordClosureInformation.Informed(body.party(), body.informedBy(), body.informedOn()))
                    .toList();
        }
    }

    record ClosingBody(LocalDate closedOn, String explanation) {
    }

    record RoundTableBody(LocalDateTime startsAt, String place, List<RoundTablePart> parts) {
    }

    record RoundTableHeldBody(LocalDate heldOn, List<PartAttendance> attendance, List<GoalReview> goalReviews,
                              List<AgreementBody> agreements) {
        List<RecordRoundTableHeld.NewAgreement> newAgreements() {
            return agreements == null ? null : agreements.stream().map(body -> body == null ? null
                    : new RecordRoundTableHeld.NewAgreement(body.goalNumber(), body.who(), body.what(),
                    body.startDate(), body.plannedEndDate())).toList();
        }
    }

    record MinutesBody(String text) {
    }

    record MinutesSentBody(LocalDate sentOn) {
    }

    record MinutesApprovalBody(LocalDate approvedOn, String changedText) {
    }

    record MinutesDistributionBody(LocalDate distributedOn, List<UUID> recipientIds) {
    }

    record CopyBody(UUID recipientId, DisclosureChannel channel, Purpose purpose) {
    }

    record IntervalBody(Integer days) {
    }

    record ConsentBody(List<UUID> aboutMemberIds, List<UUID> givenByMemberIds, Recipient recipient,
                       List<Category> categories, List<Purpose> purposes, Instant validFrom, Instant validUntil,
                       ConsentForm form, String documentReference) {
    }

    record ConsentWithdrawalBody(Instant effectiveAt) {
    }

    record DenialBody(List<UUID> aboutMemberIds, List<UUID> decidedByMemberIds, Recipient recipient,
                      List<Category> categories, Instant effectiveFrom) {
    }

    record DisclosureBody(Recipient recipient, List<UUID> aboutMemberIds, List<Category> categories, Purpose purpose,
                          DisclosureChannel channel, Instant sharedAt, StatutoryGround statutoryGround) {
    }

    record DirectionLevelBody(UUID memberId, LifeDomain lifeDomain, DirectionLevel level, LocalDate recordedOn,
                              String note) {
    }

    record IndicationBody(String careProvider, String kindOfCare, LocalDate validFrom, LocalDate validUntil) {
    }

    record ExtensionBody(LocalDate validUntil) {
    }

    record IndicationEndBody(LocalDate endedOn, String reason) {
    }

    record EscalationBody(EscalationLevel to, EscalationReason reasonCode, String reason, LocalDate escalatedOn) {
    }

    record DeescalationBody(String resolution, LocalDate deescalatedOn) {
    }

    record SafetyDecisionBody(LocalDate decidedOn, String decision, String decidedBy, List<String> optionsPutToFamily,
                              String familyResponse, List<UUID> memberIds, DirectionLevel directionLevelAfter) {
    }

    record ReopeningBody(LocalDate reopenedOn, String reason) {
    }
}
