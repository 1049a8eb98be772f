package nl.oneplan.query.consent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.oneplan.query.projection.ProjectionSlots;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Searches the disclosure ledger across trajectories, by recipient organisation and period. */
@Component
public class LedgerSearch {

    /** A ledger entry with the trajectory it belongs to. */
    public record Line(UUID trajectoryId, LedgerEntry entry) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ProjectionSlots slots;

    LedgerSearch(NamedParameterJdbcTemplate jdbc, ObjectMapper json, ProjectionSlots slots) {
        this.slots = slots;
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<Line> search(String organisation, Instant from, Instant to) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("organisation", organisation == null ? null : organisation.toLowerCase(java.util.Locale.ROOT))
                .addValue("from", from == null ? null : Timestamp.from(from))
                .addValue("to", to == null ? null : Timestamp.from(to));
        StringBuilder sql = new StringBuilder("SELECT trajectory_id, entry FROM "
                + DisclosureLedgerProjection.PROJECTION.table("disclosure_ledger",
                slots.active(DisclosureLedgerProjection.PROJECTION.name()).slot()) + " WHERE 1 = 1");
        if (organisation != null) {
            sql.append(" AND lower(recipient_organisation) = :organisation");
        }
        if (from != null) {
            sql.append(" AND shared_at >= :from");
        }
        if (to != null) {
            sql.append(" AND shared_at < :to");
        }
        sql.append(" ORDER BY shared_at, entry_id");
        return jdbc.query(sql.toString(), parameters, (rs, row) -> new Line(rs.getObject(1, UUID.class),
                read(rs.getString(2))));
    }

    private LedgerEntry read(String entry) {
        try {
            return json.readValue(entry, LedgerEntry.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored ledger entry cannot be read", e);
        }
    }
}
