package nl.oneplan.query.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.oneplan.query.access.AccessLog;
import nl.oneplan.query.access.CurrentUser;
import nl.oneplan.query.access.TrajectoryReadPolicy.Part;
import nl.oneplan.query.access.TrajectoryReadPolicy.Reader;
import nl.oneplan.query.access.TrajectoryReadPolicy;
import nl.oneplan.query.api.TrajectoryQueryController.TrajectoryNotFoundException;
import nl.oneplan.query.timeline.AuditLabels;
import nl.oneplan.query.timeline.TimelineEntry;
import nl.oneplan.query.timeline.TimelineRepository;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The history of a trajectory in plain words, in Dutch or (with Accept-Language: en) English. */
@RestController
@ConsistentRead(Part.TIMELINE)
@RequestMapping(path = "/api/trajectories", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Queries")
public class TimelineController {

    private final TimelineRepository timelines;
    private final TrajectoryReadPolicy policy;
    private final AccessLog accessLog;

    TimelineController(TimelineRepository timelines, TrajectoryReadPolicy policy, AccessLog accessLog) {
        this.timelines = timelines;
        this.policy = policy;
        this.accessLog = accessLog;
    }

    @GetMapping("/{trajectoryId}/timeline")
    @Operation(summary = "Every event of the trajectory: when, who (as signed in then) and what. The coordinator "
            + "reads all of it; another involved professional only their own entries; a privacy officer every "
            + "entry with its kind of event in place of its contents, consent and sharing records in full")
    public List<TimelineEntry> timeline(@PathVariable UUID trajectoryId, Locale locale) {
        Reader reader = policy.reader(CurrentUser.get().orElse(null), trajectoryId)
                .orElseThrow(() -> new TrajectoryNotFoundException(trajectoryId));
        boolean english = "en".equals(locale.getLanguage());
        List<TimelineEntry> entries = timelines.entries(trajectoryId, english);
        if (entries.isEmpty()) {
            throw new TrajectoryNotFoundException(trajectoryId);
        }
        accessLog.record(reader, trajectoryId, "TIMELINE");
        return switch (reader.basis()) {
            case COORDINATOR -> entries;
            case INVOLVED -> entries.stream().filter(entry -> entry.who() != null
                    && reader.user().userId().equals(entry.who().userId())).toList();
            case AUDIT -> entries.stream().map(entry -> new TimelineEntry(entry.sequenceNumber(), entry.at(),
                    entry.event(), entry.who(), AuditLabels.forAuditor(entry.event(), entry.what(), english),
                    entry.correlationId()))
                    .toList();
        };
    }
}
