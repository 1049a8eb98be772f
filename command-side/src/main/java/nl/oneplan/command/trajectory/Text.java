package nl.oneplan.command.trajectory;

import java.util.regex.Pattern;

/**
 * Limits and checks for free text. Limits are generous for people's real names and plans, and
 * small enough that one field cannot bloat every copy of the plan.
 */
public final class Text {

    public static final int NAME = 200;
    public static final int SHORT = 200;
    public static final int EMAIL = 254;
    public static final int PHONE = 40;
    public static final int DESCRIPTION = 2000;
    public static final int LONG = 4000;

    private static final Pattern EMAIL_SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE_SHAPE = Pattern.compile("^\\+?[0-9][0-9 ()-]{4,38}[0-9]$");

    private Text() {
    }

    /** Trimmed text that must be present and at most {@code max} characters long. */
    public static String required(String value, String field, int max) {
        String text = optional(value, field, max);
        if (text == null) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, field, field + " is required");
        }
        return text;
    }

    /** Trimmed text or null when absent or blank; at most {@code max} characters. */
    public static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new DomainException(ErrorCode.TEXT_TOO_LONG, field,
                    field + " is " + text.length() + " characters long; at most " + max + " are allowed");
        }
        // Names, references and addresses are one line; only descriptions and notes may have more.
        if (max <= EMAIL && text.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
            throw new DomainException(ErrorCode.TEXT_NOT_ONE_LINE, field, field + " is one line of text");
        }
        return text;
    }

    public static String optionalEmail(String value, String field) {
        String email = optional(value, field, EMAIL);
        if (email != null && !EMAIL_SHAPE.matcher(email).matches()) {
            throw new DomainException(ErrorCode.INVALID_EMAIL, field, field + " is not an e-mail address");
        }
        return email;
    }

    public static String optionalPhone(String value, String field) {
        String phone = optional(value, field, PHONE);
        if (phone != null && !PHONE_SHAPE.matcher(phone).matches()) {
            throw new DomainException(ErrorCode.INVALID_PHONE, field,
                    field + " is not a telephone number (digits, spaces, +, - and parentheses)");
        }
        return phone;
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, field, field + " is required");
        }
        return value;
    }
}
