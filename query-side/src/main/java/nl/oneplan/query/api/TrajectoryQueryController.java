package nl.oneplan.query.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.oneplan.query.access.TrajectoryReadPolicy.Part;
import nl.oneplan.query.plan.PlanPdfs;
import nl.oneplan.query.plan.PlanReader;
import nl.oneplan.query.plan.TrajectorySummary;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Reads of trajectories and their plans. Views are eventually consistent (see docs/architecture.md);
 * a request with a command's consistency token (header or parameter) reads its own write. Who may
 * read what, the access log and the day the plan is read as of are {@link PlanReader}'s.
 */
@RestController
@ConsistentRead(Part.PLAN)
@RequestMapping(path = "/api/trajectories", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Queries", description = "Read trajectories and their family plans")
public class TrajectoryQueryController {

    private final PlanReader plans;

    TrajectoryQueryController(PlanReader plans) {
        this.plans = plans;
    }

    private static final Set<String> STATUSES = Set.of("OPEN", "CLOSURE_PROPOSED", "CLOSED",
            "CLOSED_WITHOUT_FINAL_EVALUATION");

    @GetMapping
    @Operation(summary = "The trajectories the caller acts in (a privacy officer: all trajectories), newest first: "
            + "search in the family name, filter by municipality and status (OPEN, CLOSURE_PROPOSED, CLOSED, "
            + "CLOSED_WITHOUT_FINAL_EVALUATION; several separated by commas), a page at a time (page from 0, size "
            + "1–200, default 100). X-Total-Count says how many match; Link names the next and previous pages")
    public ResponseEntity<List<TrajectorySummary>> list(@RequestParam(required = false) String search,
                                                        @RequestParam(required = false) String municipality,
                                                        @RequestParam(required = false) String status,
                                                        @RequestParam(required = false) Integer page,
                                                        @RequestParam(required = false) Integer size) {
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? 100 : size;
        if (pageNumber < 0 || pageNumber > 1_000_000) {
            throw new InvalidParameterException("page", "page counts from 0");
        }
        if (pageSize < 1 || pageSize > 200) {
            throw new InvalidParameterException("size", "size is 1 to 200");
        }
        List<String> statuses = status == null || status.isBlank() ? List.of()
                : Arrays.stream(status.split(",")).map(String::strip)
                        .map(value -> value.toUpperCase(Locale.ROOT)).toList();
        statuses.stream().filter(value -> !STATUSES.contains(value)).findFirst().ifPresent(unknown -> {
            throw new InvalidParameterException("status", "status is one of " + new TreeSet<>(STATUSES));
        });
        for (String[] text : new String[][]{{"search", search}, {"municipality", municipality}}) {
            if (text[1] != null && (text[1].length() > 200 || text[1].chars().anyMatch(Character::isISOControl))) {
                throw new InvalidParameterException(text[0], text[0] + " is one line of at most 200 characters");
            }
        }
        Optional<PlanReader.TrajectoryPage> listed = plans.list(new PlanReader.ListQuery(blankToNull(search),
                blankToNull(municipality), statuses, pageNumber, pageSize));
        if (listed.isEmpty()) {
            return ResponseEntity.ok().header("X-Total-Count", "0").body(List.of());
        }
        PlanReader.TrajectoryPage found = listed.get();
        List<String> links = new ArrayList<>();
        if ((long) (pageNumber + 1) * pageSize < found.total()) {
            links.add("<" + pageLink(pageNumber + 1, pageSize) + ">; rel=\"next\"");
        }
        if (pageNumber > 0) {
            links.add("<" + pageLink(pageNumber - 1, pageSize) + ">; rel=\"prev\"");
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().header("X-Total-Count", String.valueOf(found.total()));
        if (!links.isEmpty()) {
            answer.header(HttpHeaders.LINK, String.join(", ", links));
        }
        return answer.body(found.items());
    }

    private static String pageLink(int page, int size) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page)
                .replaceQueryParam("size", size).build().toUriString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @GetMapping("/{trajectoryId}")
    @Operation(summary = "One trajectory's summary")
    public TrajectorySummary summary(@PathVariable UUID trajectoryId) {
        return plans.summary(trajectoryId);
    }

    @GetMapping("/{trajectoryId}/plan")
    @Operation(summary = "The family plan (gezinsplan) in the format of the method. The coordinator reads all of "
            + "it; another involved professional reads their copy: what the family's consent allows them now, the "
            + "agreements they carry and the round-table parts they were invited to, every other part withheld")
    public ObjectNode plan(@PathVariable UUID trajectoryId) {
        return plans.plan(trajectoryId);
    }

    @GetMapping(path = "/{trajectoryId}/plan", params = "recipient")
    @Operation(summary = "The copy of the plan for one recipient and purpose (default CARE_COORDINATION): only "
            + "what the family consented to share with them for it, every other part visibly withheld. The "
            + "coordinator asks for anyone's; another professional only for their own. disclosedParts is what "
            + "issuing it now shares: issue it with POST …/copies")
    public ObjectNode copy(@PathVariable UUID trajectoryId, @RequestParam UUID recipient,
                           @RequestParam(required = false) String purpose) {
        return plans.copy(trajectoryId, recipient, purpose);
    }

    @GetMapping(path = "/{trajectoryId}/plan", params = {"format=pdf", "!recipient"},
            produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The family plan as PDF, to hand to the family (another professional gets their copy)")
    public ResponseEntity<byte[]> planPdf(@PathVariable UUID trajectoryId) {
        return pdf(plans.planPdf(trajectoryId));
    }

    @GetMapping(path = "/{trajectoryId}/plan", params = {"format=pdf", "recipient"},
            produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "A recipient's copy of the plan as PDF: what the family consented to share with them, "
            + "every other part visibly withheld. Handing it over is a disclosure: issue it with POST …/copies")
    public ResponseEntity<byte[]> copyPdf(@PathVariable UUID trajectoryId, @RequestParam UUID recipient,
                                          @RequestParam(required = false) String purpose) {
        return pdf(plans.copyPdf(trajectoryId, recipient, purpose));
    }

    private static ResponseEntity<byte[]> pdf(PlanPdfs.Pdf pdf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(pdf.fileName())
                        .build().toString())
                .body(pdf.document());
    }
}
