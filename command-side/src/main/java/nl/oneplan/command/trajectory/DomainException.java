package nl.oneplan.command.trajectory;

/**
 * A command broke a rule. Carries a stable {@link ErrorCode} and, where one field is to blame,
 * that field's name as the API knows it, so a form can show the message next to it.
 */
public class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final String field;

    public DomainException(ErrorCode code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
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
