package nl.oneplan.command.trajectory;

import java.util.Map;

/**
 * A command broke a rule. Carries a stable {@link ErrorCode} and, where one field is to blame,
 * that field's name as the API knows it, so a form can show the message next to it; and where a
 * person must be told more than the code says (whose signature is missing), that as data.
 */
public class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final String field;
    private final Map<String, Object> details;

    public DomainException(ErrorCode code, String field, String message) {
        this(code, field, message, Map.of());
    }

    public DomainException(ErrorCode code, String field, String message, Map<String, Object> details) {
        super(message);
        this.code = code;
        this.field = field;
        this.details = Map.copyOf(details);
    }

    public Map<String, Object> details() {
        return details;
    }

    public DomainException(ErrorCode code, String message) {
        this(code, null, message);
    }

    public ErrorCode code() {
        return code;
    }

    public String field() {
        return field;
    }
}
