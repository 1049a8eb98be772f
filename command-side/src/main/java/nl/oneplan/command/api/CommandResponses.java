package nl.oneplan.command.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.oneplan.command.trajectory.Accepted;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.UUID;

/**
 * Answers of the command API. Every answer carries the trajectory's version and a consistency
 * token; a client that sends the token back to the query API reads its own write.
 */
final class CommandResponses {

    /** Header with the token; the query API accepts the same header. */
    static final String CONSISTENCY_TOKEN = "OnePlan-Consistency-Token";

    private CommandResponses() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Answer(UUID trajectoryId, long version, String consistencyToken, UUID memberId, UUID participantId,
                  Integer goalNumber, Integer agreementNumber, UUID indicationId, Integer escalationNumber,
                  Integer decisionNumber, Integer roundTableNumber) {
    }

    /** The opener became the trajectory's first participant; their participant id is in the answer. */
    static ResponseEntity<Answer> opened(UUID trajectoryId, UUID openerParticipantId, Accepted accepted) {
        return ResponseEntity.created(URI.create("/api/trajectories/" + trajectoryId))
                .header(CONSISTENCY_TOKEN, token(trajectoryId, accepted))
                .body(answer(trajectoryId, accepted, null, openerParticipantId, null, null));
    }

    static ResponseEntity<Answer> memberRegistered(UUID trajectoryId, UUID memberId, Accepted accepted) {
        return created(trajectoryId, accepted, answer(trajectoryId, accepted, memberId, null, null, null));
    }

    static ResponseEntity<Answer> participantInvolved(UUID trajectoryId, UUID participantId, Accepted accepted) {
        return created(trajectoryId, accepted, answer(trajectoryId, accepted, null, participantId, null, null));
    }

    static ResponseEntity<Answer> goalSet(UUID trajectoryId, Accepted accepted) {
        return created(trajectoryId, accepted, answer(trajectoryId, accepted, null, null, accepted.number(), null));
    }

    static ResponseEntity<Answer> agreementMade(UUID trajectoryId, Accepted accepted) {
        return created(trajectoryId, accepted, answer(trajectoryId, accepted, null, null, null, accepted.number()));
    }

    static ResponseEntity<Answer> indicationRegistered(UUID trajectoryId, UUID indicationId, Accepted accepted) {
        return created(trajectoryId, accepted, new Answer(trajectoryId, accepted.version(),
                token(trajectoryId, accepted), null, null, null, null, indicationId, null, null, null));
    }

    static ResponseEntity<Answer> escalated(UUID trajectoryId, Accepted accepted) {
        return created(trajectoryId, accepted, new Answer(trajectoryId, accepted.version(),
                token(trajectoryId, accepted), null, null, null, null, null, accepted.number(), null, null));
    }

    static ResponseEntity<Answer> safetyDecisionRecorded(UUID trajectoryId, Accepted accepted) {
        return created(trajectoryId, accepted, new Answer(trajectoryId, accepted.version(),
                token(trajectoryId, accepted), null, null, null, null, null, null, accepted.number(), null));
    }

    static ResponseEntity<Answer> roundTableScheduled(UUID trajectoryId, Accepted accepted) {
        return created(trajectoryId, accepted, new Answer(trajectoryId, accepted.version(),
                token(trajectoryId, accepted), null, null, null, null, null, null, null, accepted.number()));
    }

    static ResponseEntity<Answer> done(UUID trajectoryId, Accepted accepted) {
        return ResponseEntity.ok()
                .header(CONSISTENCY_TOKEN, token(trajectoryId, accepted))
                .body(answer(trajectoryId, accepted, null, null, null, null));
    }

    private static ResponseEntity<Answer> created(UUID trajectoryId, Accepted accepted, Answer answer) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(CONSISTENCY_TOKEN, token(trajectoryId, accepted))
                .body(answer);
    }

    private static Answer answer(UUID trajectoryId, Accepted accepted, UUID memberId, UUID participantId,
                                 Integer goalNumber, Integer agreementNumber) {
        return new Answer(trajectoryId, accepted.version(), token(trajectoryId, accepted), memberId, participantId,
                goalNumber, agreementNumber, null, null, null, null);
    }

    private static String token(UUID trajectoryId, Accepted accepted) {
        return trajectoryId + ":" + accepted.version();
    }
}
