package nl.oneplan.query.operations;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads every projection's progress from the token store, which all nodes share, so the answer
 * covers the whole cluster whichever node is asked; a segment's error state is only known to
 * the node that runs it and is added from this node's processors.
 */
@Component
public class ProjectionStatuses {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final EventProcessingConfiguration processing;
    private final Clock clock;

    ProjectionStatuses(JdbcTemplate jdbc, Serializer serializer, EventProcessingConfiguration processing,
                       Clock clock) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.processing = processing;
        this.clock = clock;
    }

    public List<ProjectionStatus> all() {
        Long newest = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        long head = newest == null ? -1 : newest;
        Map<String, List<ProjectionStatus.Segment>> byProjection = new TreeMap<>();
        jdbc.query("SELECT processorname, segment, owner, token, tokentype FROM tokenentry "
                + "ORDER BY processorname, segment", rs -> {
            String name = rs.getString(1);
            TrackingToken token = token(rs.getBytes(4), rs.getString(5));
            Long position = token == null ? null : token.position().isPresent() ? token.position().getAsLong() : null;
            Optional<EventTrackerStatus> local = localStatus(name, rs.getInt(2));
            byProjection.computeIfAbsent(name, key -> new ArrayList<>()).add(new ProjectionStatus.Segment(
                    rs.getInt(2), rs.getString(3), position, position == null ? head + 1 : Math.max(0, head - position),
                    replaying(token), local.map(EventTrackerStatus::isErrorState).orElse(false),
                    local.filter(EventTrackerStatus::isErrorState).flatMap(status -> Optional.ofNullable(
                            status.getError())).map(Throwable::getMessage).orElse(null)));
        });
        processing.eventProcessors().keySet().forEach(name -> byProjection.putIfAbsent(name, List.of()));
        List<ProjectionStatus> statuses = new ArrayList<>();
        byProjection.forEach((name, segments) -> statuses.add(summary(name, segments, head)));
        return statuses;
    }

    private ProjectionStatus summary(String name, List<ProjectionStatus.Segment> segments, long head) {
        long lag = segments.stream().mapToLong(ProjectionStatus.Segment::lag).max().orElse(head + 1);
        long position = segments.stream().map(ProjectionStatus.Segment::position)
                .mapToLong(value -> value == null ? -1 : value).min().orElse(-1);
        String state = segments.isEmpty() ? "NOT_STARTED"
                : segments.stream().anyMatch(ProjectionStatus.Segment::error) ? "ERROR"
                : segments.stream().anyMatch(ProjectionStatus.Segment::replaying) ? "REPLAYING"
                : lag == 0 ? "CAUGHT_UP" : "CATCHING_UP";
        return new ProjectionStatus(name, state, head, position, lag, segments.size(), segments, clock.instant());
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

    private Optional<EventTrackerStatus> localStatus(String name, int segment) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .map(processor -> processor.processingStatus().get(segment));
    }

    private TrackingToken token(byte[] data, String type) {
        if (data == null || type == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(data, byte[].class, type, null));
    }
}
