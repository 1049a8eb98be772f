package nl.oneplan.command.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.oneplan.command.api.CommandResponses.Answer;
import nl.oneplan.events.DisclosureChannel;
import nl.oneplan.events.Purpose;
import nl.oneplan.command.trajectory.Accepted;
import nl.oneplan.command.trajectory.involvement.AssignCoordinator;
import nl.oneplan.command.trajectory.plan.CancelAgreement;
import nl.oneplan.command.trajectory.closure.CloseTrajectory;
import nl.oneplan.command.trajectory.plan.CompleteAgreement;
import nl.oneplan.command.trajectory.consent.CopyOutcome;
import nl.oneplan.command.trajectory.involvement.CorrectFamilyMember;
import nl.oneplan.command.trajectory.care.Deescalate;
import nl.oneplan.command.trajectory.roundtable.DistributeMinutes;
import nl.oneplan.command.trajectory.roundtable.DraftMinutes;
import nl.oneplan.command.trajectory.plan.DropGoal;
import nl.oneplan.command.trajectory.care.EndIndication;
import nl.oneplan.command.trajectory.care.Escalate;
import nl.oneplan.command.trajectory.care.ExtendIndication;
import nl.oneplan.command.trajectory.consent.GiveConsent;
import nl.oneplan.command.trajectory.involvement.HandOverCoordination;
import nl.oneplan.command.trajectory.closure.HoldFinalEvaluation;
import nl.oneplan.command.trajectory.involvement.InvolveParticipant;
import nl.oneplan.command.trajectory.consent.IssuePlanCopy;
import nl.oneplan.command.trajectory.DomainException;
import nl.oneplan.command.trajectory.ErrorCode;
import nl.oneplan.command.trajectory.involvement.LinkParticipantAccount;
import nl.oneplan.command.trajectory.plan.MakeAgreement;
import nl.oneplan.command.trajectory.plan.MarkGoalAchieved;
import nl.oneplan.command.trajectory.OpenTrajectory;
import nl.oneplan.command.trajectory.closure.ProposeClosure;
import nl.oneplan.command.trajectory.closure.RecordClosureInformation;
import nl.oneplan.command.trajectory.involvement.RecordCoordinationArrangement;
import nl.oneplan.command.trajectory.consent.RecordDenial;
import nl.oneplan.command.trajectory.care.RecordDirectionLevel;
import nl.oneplan.command.trajectory.involvement.RecordFamilyContact;
import nl.oneplan.command.trajectory.roundtable.RecordMinutesApproval;
import nl.oneplan.command.trajectory.roundtable.RecordRoundTableHeld;
import nl.oneplan.command.trajectory.care.RecordSafetyDecision;
import nl.oneplan.command.trajectory.involvement.RegisterFamilyMember;
import nl.oneplan.command.trajectory.care.RegisterIndication;
import nl.oneplan.command.trajectory.closure.ReopenTrajectory;
import nl.oneplan.command.trajectory.plan.RescheduleAgreement;
import nl.oneplan.command.trajectory.plan.ReviseGoal;
import nl.oneplan.command.trajectory.roundtable.ScheduleRoundTable;
import nl.oneplan.command.trajectory.roundtable.SendMinutesToFamily;
import nl.oneplan.command.trajectory.plan.SetGoal;
import nl.oneplan.command.trajectory.roundtable.SetRoundTableInterval;
import nl.oneplan.command.trajectory.consent.ShareInformation;
import nl.oneplan.command.trajectory.consent.SharingOutcome;
import nl.oneplan.command.trajectory.involvement.UnlinkParticipantAccount;
import nl.oneplan.command.trajectory.consent.WithdrawConsent;
import nl.oneplan.command.trajectory.involvement.WithdrawParticipant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Task-based command API of a family trajectory: one endpoint per command. */
@RestController
@RequestMapping(path = "/api/trajectories", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Commands", description = "Change a family trajectory; every change is stored as an event")
public class TrajectoryCommandController {

    private final CommandGateway commands;
    private final AccountDirectory accounts;

    public TrajectoryCommandController(CommandGateway commands, ObjectProvider<AccountDirectory> accounts) {
        this.commands = commands;
        // Without a directory (the command side tried on its own) every account id is taken as given.
        this.accounts = accounts.getIfAvailable(() -> userId -> true);
    }

    /** An account is linked by the id it signs in with; one that never signed in is refused, not silently useless. */
    private void requireKnown(String userId) {
        if (userId != null && !userId.isBlank() && !accounts.knows(userId.strip())) {
            throw new DomainException(ErrorCode.ACCOUNT_UNKNOWN, "userId", "no account " + userId
                    + " has signed in to OnePlan yet: look the colleague up by name or e-mail "
                    + "(GET /api/accounts?search=), or ask them to sign in once first");
        }
    }

    @PostMapping
    @Operation(summary = "Open a trajectory for a family: puts the two standard agreements on the plan, "
            + "involves the opening coordinator (their participantId is in the answer) and makes them its care "
            + "coordinator unless openerCoordinates is false")
    public ResponseEntity<Answer> open(@RequestBody OpenTrajectory command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.opened(command.trajectoryId(), command.openerParticipantId(), accepted);
    }

    @PostMapping("/{trajectoryId}/members")
    @Operation(summary = "Register a family member")
    public ResponseEntity<Answer> registerMember(@PathVariable UUID trajectoryId,
                                                 @RequestBody RegisterFamilyMember command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.created(trajectoryId, accepted, "memberId", command.memberId());
    }

    @PutMapping("/{trajectoryId}/members/{memberId}")
    @Operation(summary = "Correct a family member's details")
    public ResponseEntity<Answer> correctMember(@PathVariable UUID trajectoryId, @PathVariable UUID memberId,
                                                @RequestBody CorrectFamilyMember command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PutMapping("/{trajectoryId}/family-contact")
    @Operation(summary = "Record the family's address, phone, e-mail and important information for all involved")
    public ResponseEntity<Answer> recordFamilyContact(@PathVariable UUID trajectoryId,
                                                      @RequestBody RecordFamilyContact command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PostMapping("/{trajectoryId}/participants")
    @Operation(summary = "Involve a network person or a professional")
    public ResponseEntity<Answer> involveParticipant(@PathVariable UUID trajectoryId,
                                                     @RequestBody InvolveParticipant command) {
        requireKnown(command.userId());
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.created(trajectoryId, accepted, "participantId", command.participantId());
    }

    @PutMapping("/{trajectoryId}/participants/{participantId}/account")
    @Operation(summary = "Link a participant to the user account that acts as them (gives that user access); "
            + "the coordinator's. An account already linked is never replaced: unlink it first")
    public ResponseEntity<Answer> linkAccount(@PathVariable UUID trajectoryId, @PathVariable UUID participantId,
                                              @RequestBody LinkParticipantAccount command) {
        requireKnown(command.userId());
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PostMapping("/{trajectoryId}/participants/{participantId}/account-unlinking")
    @Operation(summary = "Unlink the account that acts as a participant, with a reason (that user loses access); "
            + "the coordinator's own account changes only by handover")
    public ResponseEntity<Answer> unlinkAccount(@PathVariable UUID trajectoryId, @PathVariable UUID participantId,
                                                @RequestBody UnlinkParticipantAccount command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PutMapping("/{trajectoryId}/coordinator")
    @Operation(summary = "Assign the first care coordinator: an involved professional or a family member "
            + "(later changes are handovers)")
    public ResponseEntity<Answer> assignCoordinator(@PathVariable UUID trajectoryId,
                                                    @RequestBody AssignCoordinator command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PutMapping("/{trajectoryId}/coordination-arrangement")
    @Operation(summary = "Record how the parties coordinate among each other")
    public ResponseEntity<Answer> recordArrangement(@PathVariable UUID trajectoryId,
                                                    @RequestBody RecordCoordinationArrangement command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PostMapping("/{trajectoryId}/goals")
    @Operation(summary = "Set a goal of the family; goals are numbered 1, 2, …")
    public ResponseEntity<Answer> setGoal(@PathVariable UUID trajectoryId, @RequestBody SetGoal command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.created(trajectoryId, accepted, "goalNumber", accepted.number());
    }

    @PostMapping("/{trajectoryId}/goals/{goalNumber}/achievement")
    @Operation(summary = "Mark a goal achieved")
    public ResponseEntity<Answer> markGoalAchieved(@PathVariable UUID trajectoryId, @PathVariable int goalNumber,
                                                   @RequestBody MarkGoalAchieved command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PostMapping("/{trajectoryId}/agreements")
    @Operation(summary = "Make an agreement: who does what by when; numbered after the two standard agreements")
    public ResponseEntity<Answer> makeAgreement(@PathVariable UUID trajectoryId, @RequestBody MakeAgreement command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.created(trajectoryId, accepted, "agreementNumber", accepted.number());
    }

    @PostMapping("/{trajectoryId}/agreements/{agreementNumber}/completion")
    @Operation(summary = "Complete an agreement")
    public ResponseEntity<Answer> completeAgreement(@PathVariable UUID trajectoryId,
                                                    @PathVariable int agreementNumber,
                                                    @RequestBody CompleteAgreement command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PostMapping("/{trajectoryId}/closure-proposal")
    @Operation(summary = "Propose to close the trajectory, with the reason")
    public ResponseEntity<Answer> proposeClosure(@PathVariable UUID trajectoryId,
                                                 @RequestBody ProposeClosure command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PostMapping("/{trajectoryId}/final-evaluation")
    @Operation(summary = "Record the final evaluation held with the family (completes standard agreement 1)")
    public ResponseEntity<Answer> holdFinalEvaluation(@PathVariable UUID trajectoryId,
                                                      @RequestBody HoldFinalEvaluation command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PostMapping("/{trajectoryId}/closure-information")
    @Operation(summary = "Record who was informed of the closure and by whom (completes standard agreement 2)")
    public ResponseEntity<Answer> recordClosureInformation(@PathVariable UUID trajectoryId,
                                                           @RequestBody RecordClosureInformation command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PostMapping("/{trajectoryId}/closure")
    @Operation(summary = "Close the trajectory: after the final evaluation and informing, or for a forced "
            + "reason with an explanation")
    public ResponseEntity<Answer> close(@PathVariable UUID trajectoryId, @RequestBody CloseTrajectory command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PostMapping("/{trajectoryId}/reopening")
    @Operation(summary = "Reopen a closed trajectory, with the reason")
    public ResponseEntity<Answer> reopen(@PathVariable UUID trajectoryId, @RequestBody ReopenTrajectory command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PostMapping("/{trajectoryId}/goals/{goalNumber}/revision")
    @Operation(summary = "Revise a goal: description, planned end date, the members it concerns")
    public ResponseEntity<Answer> reviseGoal(@PathVariable UUID trajectoryId, @PathVariable int goalNumber,
                                             @RequestBody ReviseGoal command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PostMapping("/{trajectoryId}/goals/{goalNumber}/drop")
    @Operation(summary = "Drop a goal, with the reason")
    public ResponseEntity<Answer> dropGoal(@PathVariable UUID trajectoryId, @PathVariable int goalNumber,
                                           @RequestBody DropGoal command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PostMapping("/{trajectoryId}/agreements/{agreementNumber}/rescheduling")
    @Operation(summary = "Move an agreement's planned end date, with the reason")
    public ResponseEntity<Answer> rescheduleAgreement(@PathVariable UUID trajectoryId,
                                                      @PathVariable int agreementNumber,
                                                      @RequestBody RescheduleAgreement command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PostMapping("/{trajectoryId}/agreements/{agreementNumber}/cancellation")
    @Operation(summary = "Cancel an agreement, with the reason (not the two standard agreements)")
    public ResponseEntity<Answer> cancelAgreement(@PathVariable UUID trajectoryId, @PathVariable int agreementNumber,
                                                  @RequestBody CancelAgreement command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PostMapping("/{trajectoryId}/participants/{participantId}/withdrawal")
    @Operation(summary = "A participant withdraws from the trajectory")
    public ResponseEntity<Answer> withdrawParticipant(@PathVariable UUID trajectoryId, @PathVariable UUID participantId,
                                                      @RequestBody WithdrawParticipant command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PostMapping("/{trajectoryId}/coordinator-handover")
    @Operation(summary = "Hand coordination over to another involved professional or to the family (a member)")
    public ResponseEntity<Answer> handOverCoordination(@PathVariable UUID trajectoryId,
                                                       @RequestBody HandOverCoordination command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PostMapping("/{trajectoryId}/direction-levels")
    @Operation(summary = "Record a member's direction (regie) level, overall or for one life domain")
    public ResponseEntity<Answer> recordDirectionLevel(@PathVariable UUID trajectoryId,
                                                       @RequestBody RecordDirectionLevel command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PostMapping("/{trajectoryId}/indications")
    @Operation(summary = "Register an indication (beschikking)")
    public ResponseEntity<Answer> registerIndication(@PathVariable UUID trajectoryId,
                                                     @RequestBody RegisterIndication command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.created(trajectoryId, accepted, "indicationId", command.indicationId());
    }

    @PostMapping("/{trajectoryId}/indications/{indicationId}/extension")
    @Operation(summary = "Extend an indication")
    public ResponseEntity<Answer> extendIndication(@PathVariable UUID trajectoryId, @PathVariable UUID indicationId,
                                                   @RequestBody ExtendIndication command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PostMapping("/{trajectoryId}/indications/{indicationId}/end")
    @Operation(summary = "End an indication")
    public ResponseEntity<Answer> endIndication(@PathVariable UUID trajectoryId, @PathVariable UUID indicationId,
                                                @RequestBody EndIndication command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PostMapping("/{trajectoryId}/escalations")
    @Operation(summary = "Escalate (opschalen): to management when the plan stalls, to Veilig Thuis or the Child "
            + "Protection Board when safety is at stake")
    public ResponseEntity<Answer> escalate(@PathVariable UUID trajectoryId, @RequestBody Escalate command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.created(trajectoryId, accepted, "escalationNumber", accepted.number());
    }

    @PostMapping("/{trajectoryId}/escalations/{escalationNumber}/deescalation")
    @Operation(summary = "De-escalate (afschalen) with the resolution")
    public ResponseEntity<Answer> deescalate(@PathVariable UUID trajectoryId, @PathVariable int escalationNumber,
                                             @RequestBody Deescalate command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PostMapping("/{trajectoryId}/safety-decisions")
    @Operation(summary = "Record a safety decision against the family's wish, the options put to the family and "
            + "its response; lowers the members' direction level")
    public ResponseEntity<Answer> recordSafetyDecision(@PathVariable UUID trajectoryId,
                                                       @RequestBody RecordSafetyDecision command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.created(trajectoryId, accepted, "decisionNumber", accepted.number());
    }

    @PostMapping("/{trajectoryId}/round-tables")
    @Operation(summary = "Schedule a round table: date, place, and per part its topic and who the family invites")
    public ResponseEntity<Answer> scheduleRoundTable(@PathVariable UUID trajectoryId,
                                                     @RequestBody ScheduleRoundTable command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.created(trajectoryId, accepted, "roundTableNumber", accepted.number());
    }

    @PostMapping("/{trajectoryId}/round-tables/{roundTableNumber}/held")
    @Operation(summary = "Record a round table as held: attendance per part, review per goal, agreements made")
    public ResponseEntity<Answer> recordRoundTableHeld(@PathVariable UUID trajectoryId,
                                                       @PathVariable int roundTableNumber,
                                                       @RequestBody RecordRoundTableHeld command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PutMapping("/{trajectoryId}/round-tables/{roundTableNumber}/minutes")
    @Operation(summary = "Draft (or redraft) the minutes of a round table")
    public ResponseEntity<Answer> draftMinutes(@PathVariable UUID trajectoryId, @PathVariable int roundTableNumber,
                                               @RequestBody DraftMinutes command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PostMapping("/{trajectoryId}/round-tables/{roundTableNumber}/minutes/sent-to-family")
    @Operation(summary = "The minutes went to the family first")
    public ResponseEntity<Answer> sendMinutesToFamily(@PathVariable UUID trajectoryId,
                                                      @PathVariable int roundTableNumber,
                                                      @RequestBody SendMinutesToFamily command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PostMapping("/{trajectoryId}/round-tables/{roundTableNumber}/minutes/approval")
    @Operation(summary = "The family approved the minutes, possibly with changes")
    public ResponseEntity<Answer> approveMinutes(@PathVariable UUID trajectoryId, @PathVariable int roundTableNumber,
                                                 @RequestBody RecordMinutesApproval command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PostMapping("/{trajectoryId}/round-tables/{roundTableNumber}/minutes/distribution")
    @Operation(summary = "Distribute the approved minutes to participants; refused (403) with the uncovered pairs if "
            + "the family's consent does not cover every recipient, and the refused attempts recorded")
    public ResponseEntity<?> distributeMinutes(@PathVariable UUID trajectoryId,
                                                    @PathVariable int roundTableNumber,
                                                    @RequestBody DistributeMinutes command) {
        SharingOutcome outcome = commands.sendAndWait(command);
        if (outcome.refused()) {
            return CommandResponses.refused(trajectoryId, null, ErrorCode.MINUTES_NOT_COVERED.name(),
                    "the family has not consented to share the minutes with every recipient; nobody received them "
                            + "and the refused attempts are recorded", outcome.accepted(), outcome.uncovered());
        }
        return CommandResponses.done(trajectoryId, outcome.accepted());
    }

    @PutMapping("/{trajectoryId}/round-table-interval")
    @Operation(summary = "Every how many days a round table is due (default 90)")
    public ResponseEntity<Answer> setRoundTableInterval(@PathVariable UUID trajectoryId,
                                                        @RequestBody SetRoundTableInterval command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PostMapping("/{trajectoryId}/consents")
    @Operation(summary = "Record consent to share information about members with a recipient")
    public ResponseEntity<Answer> giveConsent(@PathVariable UUID trajectoryId, @RequestBody GiveConsent command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.created(trajectoryId, accepted, "consentId", command.consentId());
    }

    @PostMapping("/{trajectoryId}/consents/{consentId}/withdrawal")
    @Operation(summary = "Withdraw a consent from a moment on; what was shared before stays covered")
    public ResponseEntity<Answer> withdrawConsent(@PathVariable UUID trajectoryId, @PathVariable UUID consentId,
                                                  @RequestBody WithdrawConsent command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.done(trajectoryId, accepted);
    }

    @PostMapping("/{trajectoryId}/denials")
    @Operation(summary = "Forbid sharing categories about members with a recipient; a denial wins over consent")
    public ResponseEntity<Answer> recordDenial(@PathVariable UUID trajectoryId, @RequestBody RecordDenial command) {
        Accepted accepted = commands.sendAndWait(command);
        return CommandResponses.created(trajectoryId, accepted, "denialId", command.denialId());
    }

    @PostMapping("/{trajectoryId}/disclosures")
    @Operation(summary = "Record information shared; accepted only where consent or a statutory ground covers "
            + "it, otherwise refused (403) with the uncovered pairs, and the attempt recorded")
    public ResponseEntity<?> share(@PathVariable UUID trajectoryId, @RequestBody ShareInformation command) {
        SharingOutcome outcome = commands.sendAndWait(command);
        if (outcome.refused()) {
            return CommandResponses.refused(trajectoryId, command.disclosureId(), outcome);
        }
        return CommandResponses.created(trajectoryId, outcome.accepted(), "disclosureId", command.disclosureId());
    }

    @PostMapping("/{trajectoryId}/copies")
    @Operation(summary = "Issue a copy of the plan to an involved professional: the server decides what the family's "
            + "consent covers and records one disclosure of exactly those parts. The Idempotency-Key header is "
            + "required: the same key again answers the same copy (200) without recording anything")
    public ResponseEntity<?> issueCopy(@PathVariable UUID trajectoryId,
                                       @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                       @RequestBody CopyRequest body) {
        UUID copyId = IdempotencyKeys.copyId(trajectoryId, key);
        CopyOutcome outcome = commands.sendAndWait(new IssuePlanCopy(trajectoryId, copyId, body.recipientId(),
                body.channel(), body.purpose()));
        if (outcome.kind() == CopyOutcome.Kind.REFUSED) {
            return CommandResponses.refused(trajectoryId, copyId, ErrorCode.COPY_NOT_COVERED.name(),
                    "the family's consent covers nothing of the plan for this recipient and purpose; nothing was "
                            + "shared and the attempt is recorded", outcome.accepted(), outcome.uncovered());
        }
        return CommandResponses.copy(trajectoryId, copyId, body.recipientId(), outcome);
    }

    /** A copy's id comes from the Idempotency-Key header, so this body is not the command itself. */
    record CopyRequest(UUID recipientId, DisclosureChannel channel, Purpose purpose) {
    }
}
