package nl.oneplan.query.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.oneplan.events.ActingUser;
import nl.oneplan.events.Purpose;
import nl.oneplan.query.access.AccessLog;
import nl.oneplan.query.access.CurrentUser;
import nl.oneplan.query.access.TrajectoryNotFoundException;
import nl.oneplan.query.access.TrajectoryReadPolicy;
import nl.oneplan.query.access.TrajectoryReadPolicy.Reader;
import nl.oneplan.query.consent.ConsentHistories;
import nl.oneplan.query.consent.PlanCopies;
import nl.oneplan.query.projection.DeadLetters;
import nl.oneplan.query.projection.ProjectionSlots;
import nl.oneplan.rules.PurposeCatalogue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * Reads the plan view for the signed-in user: the list of trajectories, a summary, the plan, a
 * recipient's copy and both as PDF. It decides who may read what ({@link TrajectoryReadPolicy}),
 * records every read of a plan in the {@link AccessLog} with the ground it was read on, and
 * evaluates the plan as of today.
 */
@Component
public class PlanReader {

    /** Which trajectories a list shows. */
    public record ListQuery(String search, String municipality, List<String> statuses, int page, int size) {
    }

    /** One page of the list, and how many trajectories match in all. */
    public record TrajectoryPage(List<TrajectorySummary> items, long total) {
    }

    /** A purpose that is not in the catalogue. */
    public static final class UnknownPurposeException extends RuntimeException {
        UnknownPurposeException(String code) {
            super("no purpose " + code + " in the catalogue (GET /api/purposes lists them)");
        }
    }

    private final PlanViewRepository views;
    private final TrajectoryReadPolicy policy;
    private final AccessLog accessLog;
    private final ConsentHistories histories;
    private final PlanCopies copies;
    private final ObjectMapper json;
    private final PurposeCatalogue purposes;
    private final DeadLetters deadLetters;
    private final ProjectionSlots slots;
    private final Clock clock;
    private final int indicationWarningDays;

    PlanReader(PlanViewRepository views, TrajectoryReadPolicy policy, AccessLog accessLog,
               ConsentHistories histories, PlanCopies copies, ObjectMapper json, PurposeCatalogue purposes,
               DeadLetters deadLetters, ProjectionSlots slots, Clock clock,
               @Value("${oneplan.indications.warning-days:30}") int indicationWarningDays) {
        this.views = views;
        this.policy = policy;
        this.accessLog = accessLog;
        this.histories = histories;
        this.copies = copies;
        this.json = json;
        this.purposes = purposes;
        this.deadLetters = deadLetters;
        this.slots = slots;
        this.clock = clock;
        this.indicationWarningDays = indicationWarningDays;
    }

    /**
     * The trajectories the caller acts in (a privacy officer: all of them) that the query asks for;
     * empty when the caller may list none at all.
     */
    public Optional<TrajectoryPage> list(ListQuery query) {
        ActingUser user = CurrentUser.get().orElse(null);
        if (!policy.mayList(user)) {
            return Optional.empty();
        }
        PlanViewRepository.Page found = views.page(policy.seesAllTrajectories(user) ? null : user.userId(),
                new PlanViewRepository.Filter(query.search(), query.municipality(), query.statuses()),
                query.page(), query.size());
        return Optional.of(new TrajectoryPage(found.items(), found.total()));
    }

    /** One trajectory's summary, for anyone who may read the trajectory (an auditor too). */
    public TrajectorySummary summary(UUID trajectoryId) {
        policy.currentReader(trajectoryId);
        return views.summary(trajectoryId).orElseThrow(() -> new TrajectoryNotFoundException(trajectoryId));
    }

    /** The plan: the coordinator's whole plan, another professional's own copy. */
    public ObjectNode plan(UUID trajectoryId) {
        return planFor(planReader(trajectoryId), trajectoryId, "OWN_COPY_READ");
    }

    /**
     * The copy for a recipient and purpose (a catalogue code; care coordination when null). The
     * coordinator reads anyone's; another professional only their own.
     */
    public ObjectNode copy(UUID trajectoryId, UUID recipient, String purpose) {
        return copy(trajectoryId, recipient, purpose, "READ");
    }

    /** The whole plan as PDF for the coordinator; another professional gets their own copy. */
    public PlanPdfs.Pdf planPdf(UUID trajectoryId) {
        Reader reader = planReader(trajectoryId);
        if (!reader.coordinates()) {
            return copyPdf(reader, trajectoryId, reader.participantId(), null);
        }
        return PlanPdfs.wholePlan(planFor(reader, trajectoryId, "PLAN_PDF"), LocalDate.now(clock));
    }

    /** A recipient's copy as PDF, with the same access as {@link #copy}; logged as downloaded. */
    public PlanPdfs.Pdf copyPdf(UUID trajectoryId, UUID recipient, String purpose) {
        return copyPdf(planReader(trajectoryId), trajectoryId, recipient, purpose);
    }

    private PlanPdfs.Pdf copyPdf(Reader reader, UUID trajectoryId, UUID recipient, String purpose) {
        return PlanPdfs.copyFor(copy(reader, trajectoryId, recipient, purpose, "DOWNLOADED"), recipient.toString(),
                LocalDate.now(clock));
    }

    private ObjectNode copy(UUID trajectoryId, UUID recipient, String purpose, String how) {
        return copy(planReader(trajectoryId), trajectoryId, recipient, purpose, how);
    }

    private ObjectNode copy(Reader reader, UUID trajectoryId, UUID recipient, String purpose, String how) {
        if (!reader.coordinates() && !recipient.equals(reader.participantId())) {
            throw new TrajectoryNotFoundException(trajectoryId);
        }
        return reader.coordinates() ? copyFor(reader, trajectoryId, recipient, purpose(purpose), "PLAN_COPY_" + how)
                : planFor(reader, trajectoryId, "OWN_COPY_" + how);
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

    /** Plans are for the people involved; an auditor reads the history, not the contents. */
    private Reader planReader(UUID trajectoryId) {
        Reader reader = policy.currentReader(trajectoryId);
        if (reader.audits()) {
            throw new TrajectoryNotFoundException(trajectoryId);
        }
        return reader;
    }
}
