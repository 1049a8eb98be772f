package nl.oneplan.command.api;

import nl.oneplan.command.trajectory.DomainException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps command failures to RFC 9457 problem details with a stable {@code code}: by the domain
 * exception's error code, never by its message. Framework errors (malformed JSON and the like)
 * are left to the application's general handler.
 */
@RestControllerAdvice(assignableTypes = TrajectoryCommandController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommandExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(CommandExceptionHandler.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> rejected(DomainException e) {
        HttpStatus status = switch (e.code().kind()) {
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        ProblemDetail problem = problem(status, e.code().name(), e.getMessage());
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        if (!e.errors().isEmpty()) {
            // Every wrong field at once, so a form marks them all; "field" and "code" name the first.
            problem.setProperty("errors", e.errors().stream().map(error -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("field", error.field());
                entry.put("code", error.code().name());
                entry.put("detail", error.detail());
                return entry;
            }).toList());
        }
        e.details().forEach(problem::setProperty);
        return respond(problem);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> unknownTrajectory(AggregateNotFoundException e) {
        return respond(problem(HttpStatus.NOT_FOUND, "TRAJECTORY_NOT_FOUND",
                "no trajectory " + e.getAggregateIdentifier()));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> conflict(ConcurrencyException e) {
        log.info("Command gave up after concurrent changes to the same trajectory: {}", e.getMessage());
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION",
                "the trajectory was changed by someone else at the same moment; nothing of this request was stored. "
                        + "Reload and try again.");
        return respond(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
