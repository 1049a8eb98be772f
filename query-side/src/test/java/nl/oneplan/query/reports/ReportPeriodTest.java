package nl.oneplan.query.reports;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import nl.oneplan.query.reports.ReportPeriod.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A report period is one whole month, quarter or year, asked by name or by exactly its days. */
class ReportPeriodTest {

    @Test
    void aMonthAQuarterAndAYearByName() {
        ReportPeriod february = ReportPeriod.parse("2026-02");
        assertThat(february.type()).isEqualTo(Type.MONTH);
        assertThat(february.from()).isEqualTo("2026-02-01");
        assertThat(february.to()).isEqualTo("2026-03-01");

        ReportPeriod fourth = ReportPeriod.parse("2025-Q4");
        assertThat(fourth.type()).isEqualTo(Type.QUARTER);
        assertThat(fourth.from()).isEqualTo("2025-10-01");
        assertThat(fourth.to()).isEqualTo("2026-01-01");

        ReportPeriod year = ReportPeriod.parse("2026");
        assertThat(year.type()).isEqualTo(Type.YEAR);
        assertThat(year.from()).isEqualTo("2026-01-01");
        assertThat(year.to()).isEqualTo("2027-01-01");
        assertThat(year.name()).isEqualTo("2026");
    }

    @Test
    void theLastDaysThereAre() {
        assertThat(ReportPeriod.parse("2024-02").to()).isEqualTo("2024-03-01");
        assertThat(ReportPeriod.parse("9999-Q4").to()).isEqualTo(LocalDate.of(10000, 1, 1));
        assertThat(ReportPeriod.parse("1000").from()).isEqualTo("1000-01-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "2026-00", "2026-2", "2026-Q5", "2026-Q0", "2026-q1", "2026Q1", "abc", "",
            " 2026", "2026 ", "10000", "999", "0999", "99999999999999999999", "2026-02-01", "2026-W05", "-2026",
            "+2026", "２０２６", "2026-H1", "2026,2027", "2026-02\n"})
    void anythingElseIsNotAPeriod(String name) {
        assertThatThrownBy(() -> ReportPeriod.parse(name)).isInstanceOfSatisfying(ReportPeriod.InvalidException.class,
                e -> {
                    assertThat(e.code()).isEqualTo("REPORT_PERIOD_INVALID");
                    assertThat(e.field()).isEqualTo("period");
                    assertThat(e.getMessage()).contains("2026-02").contains("2026-Q1").doesNotContain("\n");
                });
    }

    @Test
    void fromAndToAreAcceptedOnlyAroundOneWholeCalendarPeriod() {
        assertThat(ReportPeriod.of(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-01")))
                .isEqualTo(ReportPeriod.parse("2026-02"));
        assertThat(ReportPeriod.of(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-07-01")))
                .isEqualTo(ReportPeriod.parse("2026-Q2"));
        assertThat(ReportPeriod.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2027-01-01")))
                .isEqualTo(ReportPeriod.parse("2026"));
        // The differencing from the issue: 1–5 and 1–6 February; and other ranges that are no calendar period.
        for (String[] range : new String[][]{{"2026-02-01", "2026-02-05"}, {"2026-02-01", "2026-02-06"},
                {"2026-02-01", "2026-02-28"}, {"2026-02-02", "2026-03-01"}, {"2026-02-01", "2026-04-01"},
                {"2026-02-01", "2026-05-01"}, {"2026-01-01", "2026-07-01"}, {"2026-01-01", "2028-01-01"},
                {"2026-07-01", "2027-07-01"}, {"2026-01-15", "2026-02-15"}}) {
            assertThatThrownBy(() -> ReportPeriod.of(LocalDate.parse(range[0]), LocalDate.parse(range[1])))
                    .as(String.join(" to ", range))
                    .isInstanceOfSatisfying(ReportPeriod.InvalidException.class, e -> {
                        assertThat(e.code()).isEqualTo("REPORT_PERIOD_NOT_CALENDAR");
                        assertThat(e.getMessage()).contains("whole calendar periods").contains(range[0])
                                .contains("2026-Q1");
                    });
        }
    }

    @Test
    void anEmptyOrReversedRangeIsNoPeriodAtAll() {
        for (String[] range : new String[][]{{"2026-03-01", "2026-03-01"}, {"2026-04-01", "2026-03-01"}}) {
            assertThatThrownBy(() -> ReportPeriod.of(LocalDate.parse(range[0]), LocalDate.parse(range[1])))
                    .isInstanceOfSatisfying(ReportPeriod.InvalidException.class,
                            e -> assertThat(e.code()).isEqualTo("REPORT_PERIOD_INVALID"));
        }
    }

    @Test
    void yearsOutsideFourDigitsAreNotCalendarPeriods() {
        assertThatThrownBy(() -> ReportPeriod.of(LocalDate.of(10000, 1, 1), LocalDate.of(10001, 1, 1)))
                .isInstanceOfSatisfying(ReportPeriod.InvalidException.class,
                        e -> assertThat(e.code()).isEqualTo("REPORT_PERIOD_NOT_CALENDAR"));
        assertThatThrownBy(() -> ReportPeriod.of(LocalDate.of(999, 1, 1), LocalDate.of(1000, 1, 1)))
                .isInstanceOf(ReportPeriod.InvalidException.class);
    }

    @Test
    void aRequestAsksByNameOrByDaysNeverBothAndNeverNeither() {
        assertThat(ReportPeriod.asked("2026-Q1", null, null)).isEqualTo(ReportPeriod.parse("2026-Q1"));
        assertThat(ReportPeriod.asked(null, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-01")))
                .isEqualTo(ReportPeriod.parse("2026-03"));
        assertCode(() -> ReportPeriod.asked("2026-03", LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-01")),
                "REPORT_PERIOD_AMBIGUOUS", "period");
        assertCode(() -> ReportPeriod.asked("2026-03", null, LocalDate.parse("2026-04-01")),
                "REPORT_PERIOD_AMBIGUOUS", "period");
        assertCode(() -> ReportPeriod.asked(null, null, null), "MISSING_PARAMETER", "period");
        assertCode(() -> ReportPeriod.asked(null, LocalDate.parse("2026-03-01"), null), "MISSING_PARAMETER", "to");
        assertCode(() -> ReportPeriod.asked(null, null, LocalDate.parse("2026-04-01")), "MISSING_PARAMETER", "from");
    }

    /** Whatever days are asked, they are refused or they are exactly the period answered, named so it reads back. */
    @Property
    void anyRangeIsRefusedOrExactlyOnePeriod(@ForAll @IntRange(min = 1990, max = 2040) int year,
                                             @ForAll @IntRange(min = 0, max = 400) int startDay,
                                             @ForAll @IntRange(min = -5, max = 800) int days) {
        LocalDate from = LocalDate.of(year, 1, 1).plusDays(startDay);
        LocalDate to = from.plusDays(days);
        try {
            ReportPeriod period = ReportPeriod.of(from, to);
            assertThat(period.from()).isEqualTo(from);
            assertThat(period.to()).isEqualTo(to);
            assertThat(ReportPeriod.parse(period.name())).isEqualTo(period);
        } catch (ReportPeriod.InvalidException e) {
            assertThat(e.code()).isIn("REPORT_PERIOD_INVALID", "REPORT_PERIOD_NOT_CALENDAR");
        }
    }

    @Property
    void everyMonthAndQuarterReadsBackByItsName(@ForAll @IntRange(min = 1000, max = 9999) int year,
                                                @ForAll @IntRange(min = 1, max = 12) int month) {
        ReportPeriod byMonth = new ReportPeriod(Type.MONTH, year, month);
        assertThat(ReportPeriod.parse(byMonth.name())).isEqualTo(byMonth);
        assertThat(ReportPeriod.of(byMonth.from(), byMonth.to())).isEqualTo(byMonth);
        ReportPeriod byQuarter = new ReportPeriod(Type.QUARTER, year, (month - 1) / 3 + 1);
        assertThat(ReportPeriod.parse(byQuarter.name())).isEqualTo(byQuarter);
        assertThat(byQuarter.from()).isBeforeOrEqualTo(byMonth.from());
        assertThat(byQuarter.to()).isAfterOrEqualTo(byMonth.to());
    }

    private static void assertCode(Runnable asking, String code, String field) {
        assertThatThrownBy(asking::run).isInstanceOfSatisfying(ReportPeriod.InvalidException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
