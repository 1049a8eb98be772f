package nl.oneplan.query.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.oneplan.query.consent.LedgerSearch;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The disclosure ledger across trajectories, for privacy officers: per recipient organisation and period. */
@RestController
@Tag(name = "Privacy")
public class LedgerController {

    private final LedgerSearch ledger;
    private final ZoneId zone;

    LedgerController(LedgerSearch ledger, Clock clock) {
        this.ledger = ledger;
        this.zone = clock.getZone();
    }

    @GetMapping(path = "/api/disclosures", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Who shared what with whom across all trajectories; filter by recipient organisation and "
            + "period [from, to), each a date (2026-01-01: from the start of that day, OnePlan's time zone) or an "
            + "instant (2026-01-01T00:00:00Z); add format=csv for a CSV export")
    public List<LedgerSearch.Line> search(@RequestParam(required = false) String organisation,
                                          @RequestParam(required = false) String from,
                                          @RequestParam(required = false) String to) {
        return ledger.search(organisation, moment(from, "from"), moment(to, "to"));
    }

    /** format=csv is asked for by name, so it is what comes back, whatever the Accept header says. */
    @GetMapping(path = "/api/disclosures", params = "format=csv")
    public ResponseEntity<String> searchAsCsv(@RequestParam(required = false) String organisation,
                                              @RequestParam(required = false) String from,
                                              @RequestParam(required = false) String to) {
        List<LedgerSearch.Line> lines = ledger.search(organisation, moment(from, "from"), moment(to, "to"));
        return Csv.ledger(lines.stream().map(LedgerSearch.Line::trajectoryId).toList(),
                lines.stream().map(LedgerSearch.Line::entry).toList(), "disclosures.csv");
    }

    /** A date (the start of that day here) or an instant, as reports and the ledger alike take them. */
    private Instant moment(String text, String field) {
        return inRange(Moments.instant(text, field, zone), field);
    }

    /** A moment the database can compare: within the years OnePlan's records can lie in. */
    private static Instant inRange(Instant moment, String field) {
        if (moment != null && (moment.isBefore(EARLIEST) || !moment.isBefore(LATEST))) {
            throw new DateOutOfRangeException(field);
        }
        return moment;
    }

    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2101-01-01T00:00:00Z");

    /** A period bound outside 1900–2100. */
    static final class DateOutOfRangeException extends RuntimeException {
        private final String field;

        DateOutOfRangeException(String field) {
            super(field + " lies outside the years 1900 to 2100");
            this.field = field;
        }

        String field() {
            return field;
        }
    }
}
