package nl.oneplan.query.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.oneplan.query.consent.LedgerEntry;
import nl.oneplan.query.consent.LedgerSearch;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** The disclosure ledger across trajectories, for privacy officers: per recipient organisation and period. */
@RestController
@Tag(name = "Privacy")
public class LedgerController {

    private final LedgerSearch ledger;

    LedgerController(LedgerSearch ledger) {
        this.ledger = ledger;
    }

    @GetMapping(path = "/api/disclosures", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Who shared what with whom across all trajectories; filter by recipient organisation and "
            + "period [from, to); add format=csv for a CSV export")
    public List<LedgerSearch.Line> search(
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        return ledger.search(organisation, from, to);
    }

    @GetMapping(path = "/api/disclosures", params = "format=csv")
    public ResponseEntity<String> searchAsCsv(
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        List<LedgerSearch.Line> lines = ledger.search(organisation, from, to);
        return Csv.ledger(lines.stream().map(LedgerSearch.Line::trajectoryId).toList(),
                lines.stream().map(LedgerSearch.Line::entry).toList(), "disclosures.csv");
    }
}
