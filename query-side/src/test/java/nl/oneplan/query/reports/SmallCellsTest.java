package nl.oneplan.query.reports;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Small counts are suppressed, and a total beside its parts never gives one back by subtraction. */
class SmallCellsTest {

    private final SmallCells cells = new SmallCells(5);

    @Test
    void oneToFourShowAsLessThanFiveAndZeroShows() {
        assertThat(cells.count(0).display()).isEqualTo("0");
        assertThat(cells.count(1).display()).isEqualTo("<5");
        assertThat(cells.count(4).count()).isNull();
        assertThat(cells.count(5).display()).isEqualTo("5");
        assertThat(cells.count(5).count()).isEqualTo(5);
    }

    @Test
    void aTotalShowsOnlyWhenEveryPartAndTheRestShow() {
        // 6 goals: 5 by the family, 1 together, 0 by the professional: the 1 would be 6 - 5 - 0.
        assertThat(cells.total(6, new int[]{5, 1, 0}).display()).isEqualTo("x");
        // 6 escalated, 5 of them to a safety level: the other 1 is the rest.
        assertThat(cells.total(6, new int[]{5}).display()).isEqualTo("x");
        assertThat(cells.total(10, new int[]{5, 5}).display()).isEqualTo("10");
        assertThat(cells.total(10, new int[]{5, 0}).display()).isEqualTo("10");
        assertThat(cells.total(0, new int[]{0, 0}).display()).isEqualTo("0");
        // A small total is suppressed for itself, whatever its parts.
        assertThat(cells.total(3, new int[]{3, 0}).display()).isEqualTo("<5");
        // Every breakdown counts: by whether they met lately, and by whether they are overdue.
        assertThat(cells.total(12, new int[]{6}, new int[]{11}).display()).isEqualTo("x");
        assertThat(cells.total(12, new int[]{6}, new int[]{7}).display()).isEqualTo("12");
        assertThat(cells.hidden(0).display()).isEqualTo("x");
        assertThat(cells.hidden(2).display()).isEqualTo("<5");
    }

    /**
     * Whoever sees a total and its two parts, and subtracts, cannot pin down any suppressed count,
     * nor the rest the report never shows: at least two small values fit what was shown. Worst
     * case included: the reader knows the breakdown is complete (the rest is always 0).
     */
    @Property
    void nothingSuppressedCanBeWorkedOutFromATotalAndItsParts(@ForAll @IntRange(min = 0, max = 12) int a,
                                                              @ForAll @IntRange(min = 0, max = 12) int b,
                                                              @ForAll @IntRange(min = 0, max = 12) int rest) {
        String seen = shown(a, b, rest);
        for (boolean restKnownToBeZero : new boolean[]{false, true}) {
            if (restKnownToBeZero && rest != 0) {
                continue;
            }
            int[] actual = {a, b, rest};
            for (int cell = 0; cell < 3; cell++) {
                if (!cells.small(actual[cell]) || (cell == 2 && restKnownToBeZero)) {
                    continue;
                }
                Set<Integer> fitting = new TreeSet<>();
                for (int otherA = 0; otherA <= 16; otherA++) {
                    for (int otherB = 0; otherB <= 16; otherB++) {
                        for (int otherRest = 0; otherRest <= (restKnownToBeZero ? 0 : 16); otherRest++) {
                            if (shown(otherA, otherB, otherRest).equals(seen)) {
                                fitting.add(new int[]{otherA, otherB, otherRest}[cell]);
                            }
                        }
                    }
                }
                assertThat(fitting).as("%d + %d + rest %d shown as %s", a, b, rest, seen).hasSizeGreaterThan(1);
            }
        }
    }

    @Test
    void withoutHidingTheTotalSubtractionWouldGiveTheSmallCountBack() {
        // The same check against a total that always shows: 6 = 5 + "<5" + 0 leaves only 1.
        assertThat(cells.count(6).display()).isEqualTo("6");
        assertThat(cells.total(6, new int[]{5, 1, 0}).display()).isEqualTo("x");
    }

    private String shown(int a, int b, int rest) {
        return cells.total(a + b + rest, new int[]{a, b}).display() + "|" + cells.count(a).display() + "|"
                + cells.count(b).display();
    }
}
