package nl.oneplan.query.api;

import nl.oneplan.query.access.TrajectoryNotFoundException;
import nl.oneplan.query.plan.PlanReader;
import nl.oneplan.query.reports.ReportPeriod;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem details with a stable {@code code} for the query API's own failures. */
@RestControllerAdvice(assignableTypes = {TrajectoryQueryController.class, TimelineController.class,
        PrivacyController.class, CaseloadController.class, LedgerController.class, ReportsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryExceptionHandler {

    @ExceptionHandler(TrajectoryNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, "TRAJECTORY_NOT_FOUND", e.getMessage()));
    }

    @ExceptionHandler(LedgerController.DateOutOfRangeException.class)
    ResponseEntity<ProblemDetail> dateOutOfRange(LedgerController.DateOutOfRangeException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "DATE_OUT_OF_RANGE", e.getMessage());
        problem.setProperty("field", e.field());
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(problem);
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> invalidParameter(InvalidParameterException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", e.getMessage());
        problem.setProperty("field", e.field());
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(problem);
    }

    @ExceptionHandler(PlanReader.UnknownPurposeException.class)
    ResponseEntity<ProblemDetail> unknownPurpose(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(problem(HttpStatus.BAD_REQUEST, "PURPOSE_UNKNOWN", e.getMessage()));
    }

    @ExceptionHandler(ConsistencyGate.InvalidConsistencyTokenException.class)
    ResponseEntity<ProblemDetail> invalidToken(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(problem(HttpStatus.BAD_REQUEST, "INVALID_CONSISTENCY_TOKEN", e.getMessage()));
    }

    @ExceptionHandler(ConsistencyGate.NotCaughtUpException.class)
    ResponseEntity<ProblemDetail> notCaughtUp(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "PROJECTION_NOT_CAUGHT_UP",
                        e.getMessage() + "; try again shortly"));
    }

    @ExceptionHandler(ReportPeriod.InvalidException.class)
    ResponseEntity<ProblemDetail> invalidPeriod(ReportPeriod.InvalidException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, e.code(), e.getMessage());
        problem.setProperty("field", e.field());
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(problem);
    }

    static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return problem;
    }
}
