package nl.oneplan.query.reports;

import java.util.Arrays;

/**
 * Which counts a report shows. A count from 1 to below the minimum cell shows as "&lt;5" (primary
 * suppression): so few could point to a family. Zero shows; it points to nobody.
 * <p>
 * A total shown beside a breakdown of it would give a suppressed part back by subtraction (6 goals
 * set, 5 formulated by the family, "&lt;5" together with the professional, 0 by the professional:
 * the "&lt;5" is 1), and so would a small part that the breakdown leaves out (6 escalated, 5 of
 * them to a safety level: 1 to another level). Such a total shows as "x" instead (complementary
 * suppression): the parts then say no more than that they lie between 1 and 4, as any "&lt;5"
 * does. Hiding a second part instead of the total would not do: a hidden part is known not to
 * be 1–4, and 6 = "&lt;5" + hidden part leaves only 1 + 5. This protects what one report shows;
 * docs/reports.md says what combining several reports can still give away.
 */
final class SmallCells {

    /** A count withheld because a suppressed count could otherwise be worked out from it. */
    static final String HIDDEN = "x";

    private final int minimumCell;

    SmallCells(int minimumCell) {
        this.minimumCell = minimumCell;
    }

    int minimumCell() {
        return minimumCell;
    }

    /** From 1 to below the minimum cell. */
    boolean small(int count) {
        return count > 0 && count < minimumCell;
    }

    /** The count, or "&lt;5" when it is small. */
    Report.Cell count(int count) {
        return small(count) ? new Report.Cell(null, "<" + minimumCell)
                : new Report.Cell(count, Integer.toString(count));
    }

    /** A count withheld for the sake of another: "&lt;5" if it is small itself, else "x". */
    Report.Cell hidden(int count) {
        return small(count) ? count(count) : new Report.Cell(null, HIDDEN);
    }

    /**
     * Whether a total may show beside its breakdowns (each the counts of some of its parts): only
     * when no part is small, the rest each breakdown leaves out included.
     */
    boolean totalShows(int total, int[]... breakdowns) {
        for (int[] parts : breakdowns) {
            if (Arrays.stream(parts).anyMatch(this::small) || small(total - Arrays.stream(parts).sum())) {
                return false;
            }
        }
        return true;
    }

    /** The total as it shows beside its breakdowns. */
    Report.Cell total(int total, int[]... breakdowns) {
        return totalShows(total, breakdowns) ? count(total) : hidden(total);
    }
}
