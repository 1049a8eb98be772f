package nl.oneplan.query.projection;

import java.util.List;

/**
 * A projection built twice over so it can be rebuilt while it serves reads: each of its tables
 * exists once per slot ({@code goal_report_a}, {@code goal_report_b}), and each slot has its own
 * processing group ({@code trajectory-report-a}) and so its own tokens.
 */
public record SlottedProjection(String name, List<String> tables) {

    public static final List<String> SLOTS = List.of("a", "b");

    public SlottedProjection {
        tables = List.copyOf(tables);
    }

    public String processor(String slot) {
        return name + "-" + requireSlot(slot);
    }

    /** The physical name of one of this projection's tables in a slot; only names it declared. */
    public String table(String table, String slot) {
        if (!tables.contains(table)) {
            throw new IllegalArgumentException(name + " has no table " + table);
        }
        return table + "_" + requireSlot(slot);
    }

    private static String requireSlot(String slot) {
        if (!SLOTS.contains(slot)) {
            throw new IllegalArgumentException("no slot " + slot);
        }
        return slot;
    }
}
