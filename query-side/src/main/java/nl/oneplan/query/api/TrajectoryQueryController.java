package nl.oneplan.query.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.oneplan.events.ActingUser;
import nl.oneplan.events.Purpose;
import nl.oneplan.query.access.AccessLog;
import nl.oneplan.query.access.CurrentUser;
import nl.oneplan.query.access.TrajectoryReadPolicy;
import nl.oneplan.query.access.TrajectoryReadPolicy.Part;
import nl.oneplan.query.access.TrajectoryReadPolicy.Reader;
import nl.oneplan.query.consent.ConsentHistories;
import nl.oneplan.query.consent.PlanCopies;
import nl.oneplan.query.plan.PlanPdfs;
import nl.oneplan.query.plan.PlanView;
import nl.oneplan.query.plan.PlanViewRepository;
import nl.oneplan.query.plan.TrajectorySummary;
import nl.oneplan.query.projection.DeadLetters;
import nl.oneplan.query.projection.ProjectionSlots;
import nl.oneplan.rules.PurposeCatalogue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * Reads of trajectories and their plans. Views are eventually consistent (see docs/architecture.md);
 * a request with a command's consistency token (header or parameter) reads its own write.
 */
@RestController
@ConsistentRead(Part.PLAN)
@RequestMapping(path = "/api/trajectories", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Queries", description = "Read trajectories and their family plans")
public class TrajectoryQueryController {


    private final PlanViewRepository views;
    private final TrajectoryReadPolicy policy;
    private final Clock clock;
    private final int indicationWarningDays;
    private final AccessLog accessLog;
    private final ConsentHistories histories;
    private final PlanCopies copies;
    private final ObjectMapper json;

    private final PurposeCatalogue purposes;
    private final DeadLetters deadLetters;
    private final ProjectionSlots slots;

    TrajectoryQueryController(PlanViewRepository views, TrajectoryReadPolicy policy, Clock clock,
                              @Value("${oneplan.indications.warning-days:30}") int indicationWarningDays,
                              AccessLog accessLog, ConsentHistories histories, PlanCopies copies, ObjectMapper json,
                              PurposeCatalogue purposes, DeadLetters deadLetters, ProjectionSlots slots) {
        this.purposes = purposes;
        this.deadLetters = deadLetters;
        this.slots = slots;
        this.views = views;
        this.policy = policy;
        this.clock = clock;
        this.indicationWarningDays = indicationWarningDays;
        this.accessLog = accessLog;
        this.histories = histories;
        this.copies = copies;
        this.json = json;
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
                : java.util.Arrays.stream(status.split(",")).map(String::strip)
                        .map(value -> value.toUpperCase(java.util.Locale.ROOT)).toList();
        statuses.stream().filter(value -> !STATUSES.contains(value)).findFirst().ifPresent(unknown -> {
            throw new InvalidParameterException("status", "status is one of " + new java.util.TreeSet<>(STATUSES));
        });
        for (String[] text : new String[][]{{"search", search}, {"municipality", municipality}}) {
            if (text[1] != null && (text[1].length() > 200 || text[1].chars().anyMatch(Character::isISOControl))) {
                throw new InvalidParameterException(text[0], text[0] + " is one line of at most 200 characters");
            }
        }
        ActingUser user = CurrentUser.get().orElse(null);
        if (!policy.mayList(user)) {
            return ResponseEntity.ok().header("X-Total-Count", "0").body(List.of());
        }
        PlanViewRepository.Page found = views.page(policy.seesAllTrajectories(user) ? null : user.userId(),
                new PlanViewRepository.Filter(blankToNull(search), blankToNull(municipality), statuses),
                pageNumber, pageSize);
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
        reader(trajectoryId);
        return views.summary(trajectoryId).orElseThrow(() -> new TrajectoryNotFoundException(trajectoryId));
    }

    @GetMapping("/{trajectoryId}/plan")
    @Operation(summary = "The family plan (gezinsplan) in the format of the method. The coordinator reads all of "
            + "it; another involved professional reads their copy: what the family's consent allows them now, the "
            + "agreements they carry and the round-table parts they were invited to, every other part withheld")
    public ObjectNode plan(@PathVariable UUID trajectoryId) {
        return planFor(planReader(trajectoryId), trajectoryId, "OWN_COPY_READ");
    }

    @GetMapping(path = "/{trajectoryId}/plan", params = "recipient")
    @Operation(summary = "The copy of the plan for one recipient and purpose (default CARE_COORDINATION): only "
            + "what the family consented to share with them for it, every other part visibly withheld. The "
            + "coordinator asks for anyone's; another professional only for their own. disclosedParts is what "
            + "issuing it now shares: issue it with POST …/copies")
    public ObjectNode copy(@PathVariable UUID trajectoryId, @RequestParam UUID recipient,
                           @RequestParam(required = false) String purpose) {
        return copy(trajectoryId, recipient, purpose, "READ");
    }

    private ObjectNode copy(UUID trajectoryId, UUID recipient, String purpose, String how) {
        Reader reader = planReader(trajectoryId);
        if (!reader.coordinates() && !recipient.equals(reader.participantId())) {
            throw new TrajectoryNotFoundException(trajectoryId);
        }
        return reader.coordinates() ? copyFor(reader, trajectoryId, recipient, purpose(purpose), "PLAN_COPY_" + how)
                : planFor(reader, trajectoryId, "OWN_COPY_" + how);
    }

    @GetMapping(path = "/{trajectoryId}/plan", params = {"format=pdf", "!recipient"},
            produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The family plan as PDF, to hand to the family (another professional gets their copy)")
    public ResponseEntity<byte[]> planPdf(@PathVariable UUID trajectoryId) {
        Reader reader = planReader(trajectoryId);
        if (!reader.coordinates()) {
            return copyPdf(trajectoryId, reader.participantId(), null);
        }
        return pdf(PlanPdfs.wholePlan(planFor(reader, trajectoryId, "PLAN_PDF"), LocalDate.now(clock)));
    }

    @GetMapping(path = "/{trajectoryId}/plan", params = {"format=pdf", "recipient"},
            produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "A recipient's copy of the plan as PDF: what the family consented to share with them, "
            + "every other part visibly withheld. Handing it over is a disclosure: issue it with POST …/copies")
    public ResponseEntity<byte[]> copyPdf(@PathVariable UUID trajectoryId, @RequestParam UUID recipient,
                                          @RequestParam(required = false) String purpose) {
        return pdf(PlanPdfs.copyFor(copy(trajectoryId, recipient, purpose, "DOWNLOADED"), recipient.toString(),
                LocalDate.now(clock)));
    }

    private static ResponseEntity<byte[]> pdf(PlanPdfs.Pdf pdf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(pdf.fileName())
                        .build().toString())
                .body(pdf.document());
    }

    /**
     * The plan as this reader may read it, logged with the ground they read it on. A professional
     * who does not coordinate reads their own copy: logged as their copy read (or downloaded) by its
     * recipient, with the consents that allowed it.
     */
    private ObjectNode planFor(Reader reader, UUID trajectoryId, String ownCopyView) {
        if (!reader.coordinates()) {
            PlanView plan = currentPlan(trajectoryId);
            ObjectNode copy = copies.readersCopy(plan, reader.participantId(), histories.of(trajectoryId)
                    .orElseThrow(() -> new TrajectoryNotFoundException(trajectoryId)), clock.instant());
            accessLog.record(reader, trajectoryId, ownCopyView, basis(reader, copy));
            return markBehind(copy, trajectoryId);
        }
        ObjectNode plan = json.valueToTree(currentPlan(trajectoryId));
        accessLog.record(reader, trajectoryId, ownCopyView.equals("PLAN_PDF") ? "PLAN_PDF" : "PLAN");
        return markBehind(plan, trajectoryId);
    }

    /**
     * A plan the projection parked (it could not project one of its events) says so, and since when:
     * it shows the family as it was before that event, not as it is.
     */
    private ObjectNode markBehind(ObjectNode plan, UUID trajectoryId) {
        // Nearly every plan is parked nowhere: only then is the slot in use read from the database.
        if (!deadLetters.isParkedAnywhere(PlanViewRepository.PROJECTION.name(), trajectoryId)) {
            return plan;
        }
        String slot = slots.active(PlanViewRepository.PROJECTION.name()).slot();
        deadLetters.of(PlanViewRepository.PROJECTION.name(), slot, trajectoryId).ifPresent(letter -> {
            ObjectNode behind = plan.putObject("behind");
            behind.put("since", letter.since().toString());
            behind.put("sequenceNumber", letter.sequenceNumber());
            behind.put("eventType", letter.eventType().substring(letter.eventType().lastIndexOf('.') + 1));
        });
        return plan;
    }

    private ObjectNode copyFor(Reader reader, UUID trajectoryId, UUID recipient, Purpose purpose, String view) {
        PlanView plan = currentPlan(trajectoryId);
        if (plan.involved().stream().noneMatch(person -> person.participantId().equals(recipient))) {
            throw new TrajectoryNotFoundException(trajectoryId);
        }
        ObjectNode copy = copies.copyFor(plan, recipient, purpose, histories.of(trajectoryId)
                .orElseThrow(() -> new TrajectoryNotFoundException(trajectoryId)), clock.instant());
        accessLog.record(reader, trajectoryId, view, basis(reader, copy));
        return copy;
    }

    /** The purpose a copy is previewed for: a catalogue code, care coordination when none is asked. */
    private Purpose purpose(String code) {
        if (code == null) {
            return Purpose.of(Purpose.CARE_COORDINATION);
        }
        Purpose purpose = Purpose.of(code);
        if (purposes.check(purpose).filter(problem -> problem != PurposeCatalogue.Problem.PURPOSE_TEXT_REQUIRED)
                .isPresent()) {
            throw new UnknownPurposeException(code);
        }
        return purpose;
    }

    /** A purpose that is not in the catalogue. */
    static final class UnknownPurposeException extends RuntimeException {
        UnknownPurposeException(String code) {
            super("no purpose " + code + " in the catalogue (GET /api/purposes lists them)");
        }
    }

    /** The reader's ground, and for a copy the consents (id@version) that allowed what it shows. */
    private static String basis(Reader reader, ObjectNode copy) {
        List<String> consents = StreamSupport.stream(copy.path("consentBasis").spliterator(), false)
                .map(reference -> reference.path("consentId").asText() + "@" + reference.path("version").asText())
                .toList();
        return reader.basis().name() + (consents.isEmpty() ? "" : "; consents " + String.join(", ", consents));
    }

    private PlanView currentPlan(UUID trajectoryId) {
        return views.find(trajectoryId).map(view -> view.asOf(LocalDate.now(clock), indicationWarningDays))
                .orElseThrow(() -> new TrajectoryNotFoundException(trajectoryId));
    }

    /** To a caller who may not read it, a trajectory does not exist. */
    private Reader reader(UUID trajectoryId) {
        return policy.reader(CurrentUser.get().orElse(null), trajectoryId)
                .orElseThrow(() -> new TrajectoryNotFoundException(trajectoryId));
    }

    /** Plans are for the people involved; an auditor reads the history, not the contents. */
    private Reader planReader(UUID trajectoryId) {
        Reader reader = reader(trajectoryId);
        if (reader.audits()) {
            throw new TrajectoryNotFoundException(trajectoryId);
        }
        return reader;
    }

    public static class TrajectoryNotFoundException extends RuntimeException {
        public TrajectoryNotFoundException(UUID trajectoryId) {
            super("no trajectory " + trajectoryId);
        }
    }
}
