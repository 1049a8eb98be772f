package nl.oneplan.query.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * Period bounds as people and programs write them, the same everywhere: a date (2026-01-01) or an
 * instant (2026-01-01T00:00:00Z, or with an offset). A date means the start of that day in
 * OnePlan's time zone.
 */
final class Moments {

    private Moments() {
    }

    /** A moment: a date is the start of that day here. Null when not given. */
    static Instant instant(String text, String field, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(zone).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(field, field + " must be a date (2026-01-01) or an instant "
                    + "(2026-01-01T00:00:00Z), not " + text);
        }
    }

    /** A day: given as a date, or as the instant its day starts here (a report covers whole days). */
    static LocalDate date(String text, String field, ZoneId zone) {
        Instant moment = instant(text, field, zone);
        if (moment == null) {
            return null;
        }
        ZonedDateTime here = moment.atZone(zone);
        if (!here.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            throw new InvalidParameterException(field, field + " is a whole day: a date, or the instant its day starts in "
                    + zone + " (" + here.toLocalDate().atStartOfDay(zone).toOffsetDateTime() + ")");
        }
        return here.toLocalDate();
    }
}
