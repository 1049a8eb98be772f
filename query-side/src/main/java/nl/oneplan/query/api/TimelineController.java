package nl.oneplan.query.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.oneplan.query.access.AccessLog;
import nl.oneplan.query.access.CurrentUser;
import nl.oneplan.query.access.TrajectoryReadPolicy.Part;
import nl.oneplan.query.access.TrajectoryReadPolicy;
import nl.oneplan.query.api.TrajectoryQueryController.TrajectoryNotFoundException;
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
    @Operation(summary = "Every event of the trajectory: when, who (as signed in then) and what")
    public List<TimelineEntry> timeline(@PathVariable UUID trajectoryId, Locale locale) {
        if (!policy.mayRead(CurrentUser.get().orElse(null), Part.TIMELINE, trajectoryId)) {
            throw new TrajectoryNotFoundException(trajectoryId);
        }
        List<TimelineEntry> entries = timelines.entries(trajectoryId, "en".equals(locale.getLanguage()));
        if (entries.isEmpty()) {
            throw new TrajectoryNotFoundException(trajectoryId);
        }
        accessLog.record(CurrentUser.get().orElseThrow(), trajectoryId, "TIMELINE");
        return entries;
    }
}
