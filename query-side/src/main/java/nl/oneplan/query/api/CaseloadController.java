package nl.oneplan.query.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.oneplan.query.access.TrajectoryReadPolicy.Part;
import nl.oneplan.query.caseload.Caseload;
import nl.oneplan.query.caseload.CaseloadEntry;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The families the signed-in coordinator coordinates, what needs attention first. */
@RestController
@ConsistentRead(Part.PLAN)
@Tag(name = "Queries")
public class CaseloadController {

    private final Caseload caseload;

    CaseloadController(Caseload caseload) {
        this.caseload = caseload;
    }

    @GetMapping(path = "/api/caseload", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "My caseload: the open trajectories I coordinate, with overdue agreements, round tables "
            + "due, indications ending, open escalations, goals and direction")
    public List<CaseloadEntry> mine() {
        return caseload.mine();
    }
}
