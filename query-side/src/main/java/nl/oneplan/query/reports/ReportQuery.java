package nl.oneplan.query.reports;

import java.time.LocalDate;

/**
 * What a report is asked for: the period [from, to), optionally one municipality and one
 * organisation (the trajectories that organisation coordinates).
 */
public record ReportQuery(LocalDate from, LocalDate to, String municipality, String organisation) {
}
