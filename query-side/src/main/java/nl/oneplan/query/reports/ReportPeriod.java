package nl.oneplan.query.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole calendar period a report covers: one month, one quarter or one year, never an
 * arbitrary range. Two ranges that differ by a few days would give away the small counts
 * suppression hides (closures over 1–5 February "&lt;5", over 1–6 February 6: one on the 5th).
 *
 * @param type   month, quarter or year
 * @param year   a year of four digits
 * @param number the month (1–12) or quarter (1–4); 0 for a year
 */
public record ReportPeriod(Type type, int year, int number) {

    public enum Type { MONTH, QUARTER, YEAR }

    /** Four-digit years: the dates stay plain ISO dates, and nothing before or after is ever recorded. */
    static final int FIRST_YEAR = 1000;
    static final int LAST_YEAR = 9999;
    private static final Pattern MONTH = Pattern.compile("([1-9][0-9]{3})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("([1-9][0-9]{3})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("[1-9][0-9]{3}");
    private static final String ACCEPTED = "a month (2026-02), a quarter (2026-Q1) or a year (2026)";

    public ReportPeriod {
        int last = switch (type) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case YEAR -> 0;
        };
        if (year < FIRST_YEAR || year > LAST_YEAR || number < (type == Type.YEAR ? 0 : 1) || number > last) {
            throw new IllegalArgumentException("no " + type + " " + number + " in year " + year);
        }
    }

    /**
     * The period a request asks for: {@code period} by name, or the range [from, to) when that is
     * exactly one whole month, quarter or year (what clients asked before names existed).
     */
    public static ReportPeriod asked(String period, LocalDate from, LocalDate to) {
        if (period != null && (from != null || to != null)) {
            throw new InvalidException("REPORT_PERIOD_AMBIGUOUS", "period",
                    "give either period or from and to, not both");
        }
        if (period != null) {
            return parse(period);
        }
        if (from == null && to == null) {
            throw new InvalidException("MISSING_PARAMETER", "period",
                    "period is required: " + ACCEPTED);
        }
        if (from == null || to == null) {
            String missing = from == null ? "from" : "to";
            throw new InvalidException("MISSING_PARAMETER", missing, missing + " is required beside "
                    + (from == null ? "to" : "from") + "; or ask period=: " + ACCEPTED);
        }
        return of(from, to);
    }

    /** {@code 2026-02}, {@code 2026-Q1} or {@code 2026}. */
    public static ReportPeriod parse(String name) {
        Matcher month = MONTH.matcher(name);
        if (month.matches()) {
            return new ReportPeriod(Type.MONTH, Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
        }
        Matcher quarter = QUARTER.matcher(name);
        if (quarter.matches()) {
            return new ReportPeriod(Type.QUARTER, Integer.parseInt(quarter.group(1)),
                    Integer.parseInt(quarter.group(2)));
        }
        if (YEAR.matcher(name).matches()) {
            return new ReportPeriod(Type.YEAR, Integer.parseInt(name), 0);
        }
        throw new InvalidException("REPORT_PERIOD_INVALID", "period", "period " + quoted(name) + " is not "
                + ACCEPTED + " with a four-digit year");
    }

    /** The whole month, quarter or year that [from, to) is exactly. */
    public static ReportPeriod of(LocalDate from, LocalDate to) {
        if (!from.isBefore(to)) {
            throw new InvalidException("REPORT_PERIOD_INVALID", "from",
                    "the period [from, to) is empty: from " + from + " must be before to " + to);
        }
        if (from.getYear() >= FIRST_YEAR && from.getYear() <= LAST_YEAR && from.getDayOfMonth() == 1) {
            int month = from.getMonthValue();
            if (to.equals(from.plusMonths(1))) {
                return new ReportPeriod(Type.MONTH, from.getYear(), month);
            }
            if (to.equals(from.plusMonths(3)) && month % 3 == 1) {
                return new ReportPeriod(Type.QUARTER, from.getYear(), month / 3 + 1);
            }
            if (to.equals(from.plusYears(1)) && month == 1) {
                return new ReportPeriod(Type.YEAR, from.getYear(), 0);
            }
        }
        throw new InvalidException("REPORT_PERIOD_NOT_CALENDAR", "from", "reports cover whole calendar periods "
                + "only, so that small counts cannot be worked out by subtracting one period from another: from "
                + from + " to " + to + " is not one whole month, quarter or year. Ask period= " + ACCEPTED
                + ", or from and to exactly around one of them (from=2026-02-01&to=2026-03-01)");
    }

    /** The first day. */
    public LocalDate from() {
        return switch (type) {
            case MONTH -> LocalDate.of(year, number, 1);
            case QUARTER -> LocalDate.of(year, number * 3 - 2, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    /** The day after the last day. */
    public LocalDate to() {
        return switch (type) {
            case MONTH -> from().plusMonths(1);
            case QUARTER -> from().plusMonths(3);
            case YEAR -> from().plusYears(1);
        };
    }

    /** As it is asked for: {@code 2026-02}, {@code 2026-Q1}, {@code 2026}. */
    public String name() {
        return switch (type) {
            case MONTH -> YearMonth.of(year, number).toString();
            case QUARTER -> year + "-Q" + number;
            case YEAR -> Integer.toString(year);
        };
    }

    @Override
    public String toString() {
        return name();
    }

    /** Garbage is echoed briefly and without line breaks. */
    private static String quoted(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
    }

    /** A period that is not one whole month, quarter or year, with the stable code that says why. */
    public static class InvalidException extends RuntimeException {

        private final String code;
        private final String field;

        InvalidException(String code, String field, String detail) {
            super(detail);
            this.code = code;
            this.field = field;
        }

        public String code() {
            return code;
        }

        public String field() {
            return field;
        }
    }
}
