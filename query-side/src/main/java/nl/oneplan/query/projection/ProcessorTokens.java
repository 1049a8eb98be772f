package nl.oneplan.query.projection;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Every statement OnePlan runs on Axon's {@code tokenentry} table, in one place: reading the
 * segments for the status page, and the ownership hand-over between Axon's processors and the store
 * reader ({@link StoreReplays}) that replays a slot. Axon's {@code TokenStore} has no operations
 * for an owner that is not a processor, nor for storing one token into every segment at once.
 */
@Component
public class ProcessorTokens {

    /** One segment of a processor as stored: who owns it and its (serialized) token. */
    record Segment(String processor, int segment, String owner, TrackingToken token) {
    }

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final Clock clock;

    ProcessorTokens(JdbcTemplate jdbc, Serializer serializer, Clock clock) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.clock = clock;
    }

    /** Every segment of every processor, by processor and segment. */
    List<Segment> all() {
        return jdbc.query("SELECT processorname, segment, owner, token, tokentype FROM tokenentry "
                + "ORDER BY processorname, segment", (rs, row) -> new Segment(rs.getString(1), rs.getInt(2),
                rs.getString(3), token(rs.getBytes(4), rs.getString(5))));
    }

    int segments(String processor) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM tokenentry WHERE processorname = ?",
                Integer.class, processor);
        return count == null ? 0 : count;
    }

    /** The token of the first segment; a replay keeps one token in every segment. */
    TrackingToken firstToken(String processor) {
        return jdbc.query("SELECT token, tokentype FROM tokenentry WHERE processorname = ? ORDER BY segment",
                rs -> rs.next() ? token(rs.getBytes(1), rs.getString(2)) : null, processor);
    }

    void delete(String processor) {
        jdbc.update("DELETE FROM tokenentry WHERE processorname = ?", processor);
    }

    /** Gives every segment of the processor to {@code owner}, whoever held it. */
    void give(String processor, String owner) {
        jdbc.update("UPDATE tokenentry SET owner = ?, timestamp = ? WHERE processorname = ?", owner, now(),
                processor);
    }

    /** The processors with a segment whose owner starts with {@code prefix}. */
    List<String> ownedBy(String prefix) {
        return jdbc.queryForList("SELECT DISTINCT processorname FROM tokenentry WHERE owner LIKE ?", String.class,
                prefix + "%");
    }

    /**
     * Takes the segments that wait for a reader ({@code waiting}), are this owner's already, or
     * belong to a reader ({@code readers}…) that went quiet before {@code expired}; answers how many.
     */
    int claim(String processor, String owner, String waiting, String readers, Instant expired) {
        return jdbc.update("UPDATE tokenentry SET owner = ?, timestamp = ? WHERE processorname = ? "
                        + "AND (owner = ? OR owner = ? OR (owner LIKE ? AND timestamp < ?))",
                owner, now(), processor, waiting, owner, readers + "%", DateTimeUtils.formatInstant(expired));
    }

    /** Hands the owner's segments to {@code next} (null: to whichever processor claims them). */
    void handOver(String processor, String owner, String next) {
        if (next == null) {
            jdbc.update("UPDATE tokenentry SET owner = NULL WHERE processorname = ? AND owner = ?", processor, owner);
        } else {
            jdbc.update("UPDATE tokenentry SET owner = ?, timestamp = ? WHERE processorname = ? AND owner = ?",
                    next, now(), processor, owner);
        }
    }

    /** Stores one token into every segment the owner holds; answers how many it still held. */
    int store(String processor, String owner, TrackingToken token) {
        var serialized = serializer.serialize(token, byte[].class);
        return jdbc.update("UPDATE tokenentry SET token = ?, tokentype = ?, timestamp = ? "
                + "WHERE processorname = ? AND owner = ?", serialized.getData(), serialized.getType().getName(),
                now(), processor, owner);
    }

    private TrackingToken token(byte[] data, String type) {
        if (data == null || type == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(data, byte[].class, type, null));
    }

    private String now() {
        return DateTimeUtils.formatInstant(clock.instant());
    }
}
