package nl.oneplan.query.reports;

import java.time.LocalDate;

/** What a report is asked for: the period [from, to) and optionally one municipality. */
public record ReportQuery(LocalDate from, LocalDate to, String municipality) {
}
