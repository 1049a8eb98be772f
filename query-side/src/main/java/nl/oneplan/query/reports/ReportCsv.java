package nl.oneplan.query.reports;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A report as CSV: a first comment line says which report, period and filter it is and which
 * events and projection version it is based on, then the columns and a line per row.
 */
public record ReportCsv(String text, String fileName) {

    /** The report as it was asked for (its municipality and organisation as the query named them). */
    public static ReportCsv of(Report report, ReportQuery query) {
        StringBuilder csv = new StringBuilder("# " + report.name() + " " + report.period() + " ("
                + report.periodType().name().toLowerCase(Locale.ROOT) + ", " + report.from() + " to "
                + report.to().minusDays(1) + ")"
                + (query.municipality() == null ? "" : " " + query.municipality())
                + (query.organisation() == null ? "" : " coordinated by " + query.organisation())
                + "; based on events up to position "
                + report.basedOnPosition() + " (" + report.basedOnEventTime() + "), projection version "
                + report.projectionVersion() + "\r\n");
        csv.append(String.join(",", report.columns())).append("\r\n");
        for (Map<String, Report.Cell> row : report.rows()) {
            csv.append(report.columns().stream().map(column -> row.get(column).display())
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        return new ReportCsv(csv.toString(), report.name() + "-" + report.period() + ".csv");
    }
}
