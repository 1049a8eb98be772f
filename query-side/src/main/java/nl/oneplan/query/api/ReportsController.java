package nl.oneplan.query.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.oneplan.query.reports.Report;
import nl.oneplan.query.reports.ReportCsv;
import nl.oneplan.query.reports.ReportPeriod;
import nl.oneplan.query.reports.ReportQuery;
import nl.oneplan.query.reports.Reports;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;

/** Reports for analysts: counts only, small counts suppressed, per whole calendar period, as JSON or CSV. */
@RestController
@Tag(name = "Reports")
public class ReportsController {

    private final Reports reports;

    private final ZoneId zone;

    ReportsController(Reports reports, Clock clock) {
        this.reports = reports;
        this.zone = clock.getZone();
    }

    @GetMapping(path = "/api/reports/{name}")
    @Operation(summary = "A report (registrations, closures, information-sharing, goals, agreements, "
            + "coordinator-changes, escalations, escalation-reasons, safety-decisions, round-tables, network, "
            + "direction-levels, caseloads) for one whole calendar period: period=2026-02 (a month), 2026-Q1 (a "
            + "quarter) or 2026 (a year), or from and to exactly around one of them (dates, or the instants those "
            + "days start in OnePlan's time zone); optionally one municipality "
            + "and one coordinating organisation; format=csv for CSV")
    public ResponseEntity<?> report(@PathVariable String name,
                                    @RequestParam(required = false) String period,
                                    @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    @RequestParam(required = false) String municipality,
                                    @RequestParam(required = false) String organisation,
                                    @RequestParam(required = false) String format) {
        ReportPeriod asked = ReportPeriod.asked(period, Moments.date(from, "from", zone),
                Moments.date(to, "to", zone));
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            return problem(HttpStatus.BAD_REQUEST, "REPORT_FORMAT_UNSUPPORTED",
                    "format " + format + " is not supported; use json (the default) or csv");
        }
        ReportQuery query = new ReportQuery(asked, municipality, organisation);
        Report report = reports.report(name, query).orElse(null);
        if (report == null) {
            return problem(HttpStatus.NOT_FOUND, "REPORT_NOT_FOUND",
                    "no report " + name + "; there are " + String.join(", ", reports.names()));
        }
        if ("csv".equals(format)) {
            ReportCsv csv = ReportCsv.of(report, query);
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + csv.fileName() + "\"")
                    .body(csv.text());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(QueryExceptionHandler.problem(status, code, detail));
    }
}
