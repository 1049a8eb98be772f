package nl.oneplan.app.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Every value OnePlan writes through JDBC can be held by the database: a NUL (which PostgreSQL text
 * cannot hold) becomes U+FFFD, and a date outside the years 1 to 9999 is clamped to that range,
 * each flagged in the log. Events stored before the input contract existed may carry such values;
 * a projection writing them must never fail its batch and stop every family behind it.
 */
public class StorableJdbcTemplate extends JdbcTemplate {

    private static final Logger LOG = LoggerFactory.getLogger(StorableJdbcTemplate.class);

    static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    public StorableJdbcTemplate(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public int update(String sql, Object... args) {
        return super.update(sql, storable(sql, args));
    }

    @Override
    public int[] batchUpdate(String sql, List<Object[]> batchArgs) {
        return super.batchUpdate(sql, batchArgs.stream().map(args -> storable(sql, args)).toList());
    }

    static Object[] storable(String sql, Object[] args) {
        if (args == null) {
            return null;
        }
        Object[] safe = args;
        for (int i = 0; i < args.length; i++) {
            Object value = storable(args[i]);
            if (value != args[i]) {
                if (safe == args) {
                    safe = args.clone();
                }
                safe[i] = value;
                LOG.warn("A value the database cannot hold was stored safely (parameter {} of: {}): {}", i + 1,
                        sql.length() > 120 ? sql.substring(0, 120) + "…" : sql,
                        value instanceof String ? "NUL replaced by U+FFFD" : "date clamped to " + value);
            }
        }
        return safe;
    }

    static Object storable(Object value) {
        if (value instanceof String text && text.indexOf('\u0000') >= 0) {
            return text.replace('\u0000', '\uFFFD');
        }
        if (value instanceof java.sql.Date date) {
            LocalDate day = date.toLocalDate();
            LocalDate clamped = clamp(day);
            return clamped.equals(day) ? value : java.sql.Date.valueOf(clamped);
        }
        if (value instanceof LocalDate day) {
            LocalDate clamped = clamp(day);
            return clamped.equals(day) ? value : clamped;
        }
        if (value instanceof Timestamp timestamp) {
            LocalDateTime moment = timestamp.toLocalDateTime();
            LocalDate clamped = clamp(moment.toLocalDate());
            return clamped.equals(moment.toLocalDate()) ? value : Timestamp.valueOf(clamped.atStartOfDay());
        }
        if (value instanceof Instant instant) {
            LocalDate day = LocalDate.ofInstant(instant, ZoneOffset.UTC);
            LocalDate clamped = clamp(day);
            return clamped.equals(day) ? value : clamped.atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime moment) {
            LocalDate clamped = clamp(moment.toLocalDate());
            return clamped.equals(moment.toLocalDate()) ? value : clamped.atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        return value;
    }

    private static LocalDate clamp(LocalDate day) {
        return day.isBefore(FIRST) ? FIRST : day.isAfter(LAST) ? LAST : day;
    }
}
