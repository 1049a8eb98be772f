package nl.oneplan.command.trajectory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The shape of a command's input, checked once where the command is built (its compact
 * constructor): what is present, how long a text is, whether it is one line, an e-mail address
 * or a phone number, which fields go together. A refusal names every wrong field at once. What
 * depends on the trajectory or on today (an unknown member, a date before the start or in the
 * future) is a rule of the trajectory and is decided there.
 *
 * <p>Limits are generous for people's real names and plans, and small enough that one field
 * cannot bloat every copy of the plan.
 */
public final class InputChecks {

    public static final int NAME = 200;
    public static final int SHORT = 200;
    public static final int EMAIL = 254;
    public static final int PHONE = 40;
    public static final int DESCRIPTION = 2000;
    public static final int LONG = 4000;

    private static final Pattern EMAIL_SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE_SHAPE = Pattern.compile("^\\+?[0-9][0-9 ()-]{4,38}[0-9]$");

    private final List<DomainException> errors = new ArrayList<>();

    /** Trimmed text that must be present, at most {@code max} characters. */
    public String required(String value, String field, int max) {
        String text = optional(value, field, max);
        if (text == null && !refused(field)) {
            refuse(ErrorCode.FIELD_REQUIRED, field, field + " is required");
        }
        return text;
    }

    /** Trimmed text, or null when absent or blank; at most {@code max} characters. */
    public String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            refuse(ErrorCode.TEXT_TOO_LONG, field,
                    field + " is " + text.length() + " characters long; at most " + max + " are allowed");
        } else if (max <= EMAIL && text.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
            // Names, references and addresses are one line; only descriptions and notes may have more.
            refuse(ErrorCode.TEXT_NOT_ONE_LINE, field, field + " is one line of text");
        }
        return text;
    }

    public String email(String value, String field) {
        String email = optional(value, field, EMAIL);
        if (email != null && !refused(field) && !EMAIL_SHAPE.matcher(email).matches()) {
            refuse(ErrorCode.INVALID_EMAIL, field, field + " is not an e-mail address");
        }
        return email;
    }

    public String phone(String value, String field) {
        String phone = optional(value, field, PHONE);
        if (phone != null && !refused(field) && !PHONE_SHAPE.matcher(phone).matches()) {
            refuse(ErrorCode.INVALID_PHONE, field,
                    field + " is not a telephone number (digits, spaces, +, - and parentheses)");
        }
        return phone;
    }

    public <T> T present(T value, String field) {
        if (value == null) {
            refuse(ErrorCode.FIELD_REQUIRED, field, field + " is required");
        }
        return value;
    }

    /** A list that names at least one, with the reason it must. */
    public <T extends Collection<?>> T notEmpty(T values, String field, String why) {
        if (values == null || values.isEmpty()) {
            refuse(ErrorCode.FIELD_REQUIRED, field, why);
        }
        return values;
    }

    /** A period whose planned end does not lie before its start. */
    public void period(LocalDate start, LocalDate plannedEnd) {
        present(start, "startDate");
        present(plannedEnd, "plannedEndDate");
        if (start != null && plannedEnd != null && plannedEnd.isBefore(start)) {
            refuse(ErrorCode.PLANNED_END_BEFORE_START, "plannedEndDate",
                    "the planned end date " + plannedEnd + " is before the start date " + start);
        }
    }

    public void refuse(ErrorCode code, String field, String message) {
        errors.add(new DomainException(code, field, message));
    }

    /** Whether every check so far passed; a check that builds on a failed one is skipped. */
    public boolean valid() {
        return errors.isEmpty();
    }

    private boolean refused(String field) {
        return errors.stream().anyMatch(error -> field.equals(error.field()));
    }

    /** Throws every refusal at once, the first as the refusal's code; else returns. */
    public void done() {
        if (!errors.isEmpty()) {
            throw DomainException.all(errors);
        }
    }
}
