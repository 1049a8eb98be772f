package nl.oneplan.query.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.oneplan.query.operations.ProjectionStatus;
import nl.oneplan.query.operations.ProjectionStatuses;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Operational views for administrators and analysts; no family data. */
@RestController
@Tag(name = "Operations")
public class OperationsController {

    private final ProjectionStatuses statuses;

    OperationsController(ProjectionStatuses statuses) {
        this.statuses = statuses;
    }

    @GetMapping(path = "/api/projections", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every projection with its state, position and lag, per segment and in sum, across all "
            + "query nodes")
    public List<ProjectionStatus> projections() {
        return statuses.all();
    }
}
