package nl.oneplan.query.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.oneplan.query.plan.PlanView;
import nl.oneplan.query.plan.PlanViewRepository;
import nl.oneplan.query.plan.TrajectorySummary;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * Reads of trajectories and their plans. Views are eventually consistent (see docs/architecture.md);
 * send the consistency token of a command, as header or parameter, to read your own write.
 */
@RestController
@RequestMapping(path = "/api/trajectories", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Queries", description = "Read trajectories and their family plans")
public class TrajectoryQueryController {

    private static final String TOKEN_DOC = "Consistency token from a command answer: wait until the view "
            + "contains that command's change";

    private final PlanViewRepository views;
    private final ConsistencyGate gate;

    TrajectoryQueryController(PlanViewRepository views, ConsistencyGate gate) {
        this.views = views;
        this.gate = gate;
    }

    @GetMapping
    @Operation(summary = "List trajectories")
    public List<TrajectorySummary> list(
            @Parameter(description = TOKEN_DOC) @RequestHeader(name = ConsistencyGate.HEADER, required = false)
            String tokenHeader,
            @Parameter(description = TOKEN_DOC) @RequestParam(name = "consistencyToken", required = false)
            String tokenParameter) {
        gate.await(tokenHeader != null ? tokenHeader : tokenParameter);
        return views.list();
    }

    @GetMapping("/{trajectoryId}")
    @Operation(summary = "One trajectory's summary")
    public TrajectorySummary summary(
            @PathVariable UUID trajectoryId,
            @Parameter(description = TOKEN_DOC) @RequestHeader(name = ConsistencyGate.HEADER, required = false)
            String tokenHeader,
            @Parameter(description = TOKEN_DOC) @RequestParam(name = "consistencyToken", required = false)
            String tokenParameter) {
        gate.await(tokenHeader != null ? tokenHeader : tokenParameter);
        return views.summary(trajectoryId).orElseThrow(() -> new TrajectoryNotFoundException(trajectoryId));
    }

    @GetMapping("/{trajectoryId}/plan")
    @Operation(summary = "The family plan (gezinsplan) in the format of the method")
    public PlanView plan(
            @PathVariable UUID trajectoryId,
            @Parameter(description = TOKEN_DOC) @RequestHeader(name = ConsistencyGate.HEADER, required = false)
            String tokenHeader,
            @Parameter(description = TOKEN_DOC) @RequestParam(name = "consistencyToken", required = false)
            String tokenParameter) {
        gate.await(tokenHeader != null ? tokenHeader : tokenParameter);
        return views.find(trajectoryId).orElseThrow(() -> new TrajectoryNotFoundException(trajectoryId));
    }

    static class TrajectoryNotFoundException extends RuntimeException {
        TrajectoryNotFoundException(UUID trajectoryId) {
            super("no trajectory " + trajectoryId);
        }
    }
}
