package nl.oneplan.query.reports;

import java.time.LocalDate;

/**
 * What a report is asked for: one whole calendar period, optionally one municipality and one
 * organisation (the trajectories that organisation coordinates).
 */
public record ReportQuery(ReportPeriod period, String municipality, String organisation) {

    /** The period's first day. */
    public LocalDate from() {
        return period.from();
    }

    /** The day after the period's last day: the period is [from, to). */
    public LocalDate to() {
        return period.to();
    }
}
