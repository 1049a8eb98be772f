package nl.oneplan.query.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.oneplan.query.access.TrajectoryReadPolicy.Part;
import nl.oneplan.query.timeline.TimelineEntry;
import nl.oneplan.query.timeline.TimelineReader;
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

    private final TimelineReader timelines;

    TimelineController(TimelineReader timelines) {
        this.timelines = timelines;
    }

    @GetMapping("/{trajectoryId}/timeline")
    @Operation(summary = "Every event of the trajectory: when, who (as signed in then) and what. The coordinator "
            + "reads all of it; another involved professional only their own entries; a privacy officer every "
            + "entry with its kind of event in place of its contents, consent and sharing records in full")
    public List<TimelineEntry> timeline(@PathVariable UUID trajectoryId, Locale locale) {
        return timelines.timeline(trajectoryId, "en".equals(locale.getLanguage()));
    }
}
