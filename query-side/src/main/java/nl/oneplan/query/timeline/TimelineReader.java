package nl.oneplan.query.timeline;

import nl.oneplan.query.access.AccessLog;
import nl.oneplan.query.access.TrajectoryNotFoundException;
import nl.oneplan.query.access.TrajectoryReadPolicy;
import nl.oneplan.query.access.TrajectoryReadPolicy.Reader;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Reads a trajectory's timeline for the signed-in user and records the read in the
 * {@link AccessLog}: the coordinator reads every entry, another involved professional only their
 * own, a privacy officer every entry with its kind of event in place of its contents.
 */
@Component
public class TimelineReader {

    private final TimelineRepository timelines;
    private final TrajectoryReadPolicy policy;
    private final AccessLog accessLog;

    TimelineReader(TimelineRepository timelines, TrajectoryReadPolicy policy, AccessLog accessLog) {
        this.timelines = timelines;
        this.policy = policy;
        this.accessLog = accessLog;
    }

    /** The entries as the user may read them, oldest first, in English or (otherwise) Dutch. */
    public List<TimelineEntry> timeline(UUID trajectoryId, boolean english) {
        Reader reader = policy.currentReader(trajectoryId);
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
