package nl.oneplan.query.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A report: its rows of counts, the filter it was made for (the calendar period by name and type,
 * and its days [from, to)), and the events it is based on (the position of the last event the
 * report's projection has processed, and that event's time) and which version of the projection
 * (it grows with every rebuild).
 * Counts below the minimum cell size show as "&lt;5": small groups could point to a family.
 */
public record Report(String name, String period, ReportPeriod.Type periodType, LocalDate from, LocalDate to,
                     String municipality, String organisation,
                     long basedOnPosition, Instant basedOnEventTime, int projectionVersion, int minimumCell,
                     List<String> columns, List<Map<String, Cell>> rows) {

    /** A count, or a suppressed small one ({@code count} null, {@code display} "&lt;5"). */
    public record Cell(Integer count, String display) {
        static Cell of(String text) {
            return new Cell(null, text);
        }
    }
}
