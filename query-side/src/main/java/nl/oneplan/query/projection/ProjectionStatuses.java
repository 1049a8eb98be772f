package nl.oneplan.query.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads every projection's progress from the token store, which all nodes share, so the answer
 * covers the whole cluster whichever node is asked; a segment's error state is only known to
 * the node that runs it and is added from this node's processors.
 */
@Component
public class ProjectionStatuses {

    private final JdbcTemplate jdbc;
    private final ProcessorTokens tokens;
    private final EventProcessingConfiguration processing;
    private final Clock clock;
    private final List<SlottedProjection> slotted;
    private final ProjectionSlots slots;
    private final DeadLetters deadLetters;

    ProjectionStatuses(JdbcTemplate jdbc, ProcessorTokens tokens, EventProcessingConfiguration processing,
                       Clock clock, List<SlottedProjection> slotted, ProjectionSlots slots, DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
        this.slotted = slotted;
        this.slots = slots;
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.processing = processing;
        this.clock = clock;
    }

    public List<ProjectionStatus> all() {
        long head = head();
        Map<String, List<ProjectionStatus.Segment>> byProjection = new TreeMap<>();
        for (ProcessorTokens.Segment stored : tokens.all()) {
            String name = stored.processor();
            TrackingToken token = stored.token();
            Long position = token == null ? null : token.position().isPresent() ? token.position().getAsLong() : null;
            Optional<EventTrackerStatus> failed = localStatus(name, stored.segment())
                    .filter(ProjectionStatuses::failed);
            byProjection.computeIfAbsent(name, key -> new ArrayList<>()).add(new ProjectionStatus.Segment(
                    stored.segment(), stored.owner(), position,
                    position == null ? head + 1 : Math.max(0, head - position), replaying(token),
                    failed.isPresent(), failed.map(EventTrackerStatus::getError).map(Throwable::getMessage)
                    .orElse(null)));
        }
        processing.eventProcessors().keySet().forEach(name -> byProjection.putIfAbsent(name, List.of()));
        Set<String> idle = idleSlots();
        List<ProjectionStatus> statuses = new ArrayList<>();
        byProjection.forEach((name, segments) -> statuses.add(summary(name, segments, head, idle.contains(name))));
        return statuses;
    }

    /** One processing group's status, NOT_STARTED when it has no tokens yet. */
    public ProjectionStatus of(String processor) {
        return all().stream().filter(status -> status.name().equals(processor)).findFirst()
                .orElseGet(() -> summary(processor, List.of(), head(), idleSlots().contains(processor)));
    }

    private long head() {
        Long newest = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        return newest == null ? -1 : newest;
    }

    /** The processors of slots that neither serve reads nor are being rebuilt: stopped on purpose. */
    private Set<String> idleSlots() {
        Set<String> idle = new HashSet<>();
        for (SlottedProjection projection : slotted) {
            slots.of(projection.name()).stream().filter(slot -> !slot.writes())
                    .forEach(slot -> idle.add(projection.processor(slot.slot())));
        }
        return idle;
    }

    private ProjectionStatus summary(String name, List<ProjectionStatus.Segment> segments, long head, boolean idle) {
        long lag = segments.stream().mapToLong(ProjectionStatus.Segment::lag).max().orElse(head + 1);
        long position = segments.stream().map(ProjectionStatus.Segment::position)
                .mapToLong(value -> value == null ? -1 : value).min().orElse(-1);
        String state = idle ? "IDLE"
                : segments.isEmpty() ? "NOT_STARTED"
                : segments.stream().anyMatch(ProjectionStatus.Segment::error) ? "ERROR"
                : segments.stream().anyMatch(ProjectionStatus.Segment::replaying) ? "REPLAYING"
                : lag == 0 ? "CAUGHT_UP" : "CATCHING_UP";
        return new ProjectionStatus(name, state, head, position, lag, segments.size(), segments, clock.instant(),
                name.matches(".+-[ab]") ? deadLetters.of(name.substring(0, name.length() - 2),
                        name.substring(name.length() - 1)) : List.of());
    }

    /**
     * A reset segment keeps its replay token until an event beyond the reset point arrives; it is
     * replaying only while it has not yet read up to that point again.
     */
    private static boolean replaying(TrackingToken token) {
        if (!(token instanceof ReplayToken replay)) {
            return false;
        }
        long current = replay.position().orElse(-1);
        long resetAt = replay.getTokenAtReset() == null ? -1 : replay.getTokenAtReset().position().orElse(-1);
        return current < resetAt;
    }

    /**
     * A segment in error, except one whose token another owner took: a store reader that took over
     * for a rebuild, or another node. The processor lets it go; that is a hand-over, not a failure.
     */
    static boolean failed(EventTrackerStatus status) {
        return status.isErrorState() && !(status.getError() instanceof UnableToClaimTokenException);
    }

    private Optional<EventTrackerStatus> localStatus(String name, int segment) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .map(processor -> processor.processingStatus().get(segment));
    }
}
