package nl.oneplan.command.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import nl.oneplan.command.trajectory.Accepted;
import nl.oneplan.command.trajectory.consent.CopyOutcome;
import nl.oneplan.command.trajectory.consent.SharingOutcome;
import nl.oneplan.events.DisclosedPart;
import nl.oneplan.events.UncoveredPair;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Answers of the command API. Every answer carries the trajectory's version and a consistency
 * token; a client that sends the token back to the query API reads its own write. A command that
 * created something also names it.
 */
final class CommandResponses {

    /** Header with the token; the query API accepts the same header. */
    static final String CONSISTENCY_TOKEN = "OnePlan-Consistency-Token";

    private CommandResponses() {
    }

    /**
     * What a command answers: the trajectory, its version and the consistency token. A command
     * that created something also names it, under the name a client reads it by
     * ({@code memberId}, {@code goalNumber}, …).
     */
    record Answer(UUID trajectoryId, long version, String consistencyToken,
                  @JsonIgnore @JsonAnyGetter Map<String, Object> created) {
    }

    /** 201 Created, naming what the command created. */
    static ResponseEntity<Answer> created(UUID trajectoryId, Accepted accepted, String name, Object id) {
        return ResponseEntity.status(HttpStatus.CREATED).header(CONSISTENCY_TOKEN, token(trajectoryId, accepted))
                .body(answer(trajectoryId, accepted, Map.of(name, id)));
    }

    private static Answer answer(UUID trajectoryId, Accepted accepted, Map<String, Object> created) {
        return new Answer(trajectoryId, accepted.version(), token(trajectoryId, accepted), created);
    }

    /** The opener became the trajectory's first participant; their participant id is in the answer. */
    static ResponseEntity<Answer> opened(UUID trajectoryId, UUID openerParticipantId, Accepted accepted) {
        return ResponseEntity.created(URI.create("/api/trajectories/" + trajectoryId))
                .header(CONSISTENCY_TOKEN, token(trajectoryId, accepted))
                .body(answer(trajectoryId, accepted, Map.of("participantId", openerParticipantId)));
    }

    static ResponseEntity<Answer> done(UUID trajectoryId, Accepted accepted) {
        return ResponseEntity.ok()
                .header(CONSISTENCY_TOKEN, token(trajectoryId, accepted))
                .body(answer(trajectoryId, accepted, Map.of()));
    }

    /**
     * 403: nothing was shared. The problem lists every (member, category) that was not covered; the
     * attempt itself is on record, so the answer carries the consistency token too.
     */
    static ResponseEntity<ProblemDetail> refused(UUID trajectoryId, UUID attemptId, SharingOutcome outcome) {
        return refused(trajectoryId, attemptId, "DISCLOSURE_NOT_COVERED",
                "no consent covers sharing this; nothing was shared and the attempt is recorded", outcome.accepted(),
                outcome.uncovered());
    }

    static ResponseEntity<ProblemDetail> refused(UUID trajectoryId, UUID attemptId, String code, String detail,
                                                 Accepted accepted, List<UncoveredPair> uncovered) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setTitle("Forbidden");
        problem.setProperty("code", code);
        if (attemptId != null) {
            problem.setProperty("attemptId", attemptId);
        }
        problem.setProperty("uncovered", uncovered);
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(CONSISTENCY_TOKEN, token(trajectoryId, accepted))
                .body(problem);
    }

    /** A plan copy: which one, whether this request issued it or found it issued, and exactly what it holds. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CopyAnswer(UUID trajectoryId, long version, String consistencyToken, UUID copyId, UUID recipientId,
                      boolean repeated, List<DisclosedPart> parts, String pdf) {
    }

    static ResponseEntity<CopyAnswer> copy(UUID trajectoryId, UUID copyId, UUID recipientId, CopyOutcome outcome) {
        boolean repeated = outcome.kind() == CopyOutcome.Kind.REPEATED;
        CopyAnswer answer = new CopyAnswer(trajectoryId, outcome.accepted().version(),
                token(trajectoryId, outcome.accepted()), copyId, recipientId, repeated,
                repeated ? null : outcome.parts(),
                "/api/trajectories/" + trajectoryId + "/plan?recipient=" + recipientId + "&format=pdf");
        return ResponseEntity.status(repeated ? HttpStatus.OK : HttpStatus.CREATED)
                .header(CONSISTENCY_TOKEN, token(trajectoryId, outcome.accepted())).body(answer);
    }

    private static String token(UUID trajectoryId, Accepted accepted) {
        return trajectoryId + ":" + accepted.version();
    }
}
