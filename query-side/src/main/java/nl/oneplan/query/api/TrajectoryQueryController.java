package nl.oneplan.query.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.oneplan.query.plan.PlanView;
import nl.oneplan.query.plan.PlanViewRepository;
import nl.oneplan.query.plan.TrajectorySummary;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * Reads of trajectories and their plans. Views are eventually consistent (see docs/architecture.md);
 * a request with a command's consistency token (header or parameter) reads its own write.
 */
@RestController
@ConsistentRead
@RequestMapping(path = "/api/trajectories", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Queries", description = "Read trajectories and their family plans")
public class TrajectoryQueryController {

    private final PlanViewRepository views;

    TrajectoryQueryController(PlanViewRepository views) {
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "List trajectories")
    public List<TrajectorySummary> list() {
        return views.list();
    }

    @GetMapping("/{trajectoryId}")
    @Operation(summary = "One trajectory's summary")
    public TrajectorySummary summary(@PathVariable UUID trajectoryId) {
        return views.summary(trajectoryId).orElseThrow(() -> new TrajectoryNotFoundException(trajectoryId));
    }

    @GetMapping("/{trajectoryId}/plan")
    @Operation(summary = "The family plan (gezinsplan) in the format of the method")
    public PlanView plan(@PathVariable UUID trajectoryId) {
        return views.find(trajectoryId).orElseThrow(() -> new TrajectoryNotFoundException(trajectoryId));
    }

    static class TrajectoryNotFoundException extends RuntimeException {
        TrajectoryNotFoundException(UUID trajectoryId) {
            super("no trajectory " + trajectoryId);
        }
    }
}
