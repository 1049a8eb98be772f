package nl.oneplan.query.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.oneplan.events.ActingUser;
import nl.oneplan.query.access.CurrentUser;
import nl.oneplan.query.projection.DeadLetterRetries;
import nl.oneplan.query.projection.ProjectionStatus;
import nl.oneplan.query.projection.ProjectionStatuses;
import nl.oneplan.query.projection.RebuildException;
import nl.oneplan.query.projection.RebuildStatus;
import nl.oneplan.query.projection.Rebuilds;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.UUID;

/** Operational views and actions for administrators and analysts; no family data. */
@RestController
@Tag(name = "Operations")
public class OperationsController {

    private final ProjectionStatuses statuses;
    private final Rebuilds rebuilds;
    private final DeadLetterRetries retries;

    OperationsController(ProjectionStatuses statuses, Rebuilds rebuilds, DeadLetterRetries retries) {
        this.statuses = statuses;
        this.rebuilds = rebuilds;
        this.retries = retries;
    }

    @GetMapping(path = "/api/projections", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every projection with its state, position and lag, per segment and in sum, across all "
            + "query nodes")
    public List<ProjectionStatus> projections() {
        return statuses.all();
    }

    @PostMapping(path = "/api/projections/{name}/rebuild", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rebuild a projection from the first event beside the current version, which keeps "
            + "serving until the new one has caught up and takes over")
    public ResponseEntity<RebuildStatus> rebuild(@PathVariable String name) {
        RebuildStatus status = rebuilds.start(name, requester());
        return ResponseEntity.accepted()
                .location(ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUri())
                .body(status);
    }

    @PostMapping(path = "/api/projections/rebuild", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rebuild every rebuildable projection; one that is being rebuilt already goes on")
    public ResponseEntity<List<RebuildStatus>> rebuildAll() {
        return ResponseEntity.accepted().body(rebuilds.startAll(requester()));
    }

    @GetMapping(path = "/api/projections/{name}/rebuild", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The latest rebuild of a projection: state, percentage, events per second, seconds left")
    public RebuildStatus rebuildStatus(@PathVariable String name) {
        return rebuilds.status(name);
    }

    @GetMapping(path = "/api/projections/rebuild", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The latest rebuild of every rebuildable projection")
    public List<RebuildStatus> rebuildStatuses() {
        return rebuilds.rebuildable().stream().map(rebuilds::status).toList();
    }

    @DeleteMapping(path = "/api/projections/{name}/rebuild", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Cancel a running rebuild; the current version stays")
    public RebuildStatus cancelRebuild(@PathVariable String name) {
        return rebuilds.cancel(name, requester());
    }

    @PostMapping(path = "/api/projections/{name}/dead-letters/{trajectoryId}/retry",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Project a parked family again (after a fix) from the event that failed, in every slot "
            + "of the projection where it is parked; if it fails again it stays parked, with the new error")
    public ResponseEntity<?> retry(@PathVariable String name, @PathVariable UUID trajectoryId) {
        List<DeadLetterRetries.Retried> outcomes = retries.retry(name, trajectoryId, requester());
        return outcomes.stream().filter(outcome -> outcome.error() != null).findFirst()
                .<ResponseEntity<?>>map(failed -> {
                    ProblemDetail problem = QueryExceptionHandler.problem(HttpStatus.CONFLICT, "DEAD_LETTER_RETRY_FAILED",
                            "The family could not be projected again and stays parked: " + failed.error());
                    problem.setProperty("error", failed.error());
                    problem.setProperty("retries", outcomes);
                    return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                            .body(problem);
                })
                .orElseGet(() -> ResponseEntity.ok(outcomes));
    }

    @ExceptionHandler(RebuildException.class)
    ResponseEntity<ProblemDetail> rebuildRefused(RebuildException e) {
        HttpStatus status = RebuildException.PROJECTION_NOT_FOUND.equals(e.code())
                || RebuildException.DEAD_LETTER_NOT_FOUND.equals(e.code()) ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(QueryExceptionHandler.problem(status, e.code(), e.getMessage()));
    }

    private static String requester() {
        return CurrentUser.get().map(ActingUser::userId).orElse("unknown");
    }
}
