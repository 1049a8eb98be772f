package nl.oneplan.command.trajectory;

import java.util.List;
import java.util.Map;

/**
 * A command broke a rule. Carries a stable {@link ErrorCode} and, where one field is to blame,
 * that field's name as the API knows it, so a form can show the message next to it; and where a
 * person must be told more than the code says (whose signature is missing), that as data. When
 * several fields are wrong, {@link #errors()} names each of them; the first gives the code.
 */
public class DomainException extends RuntimeException {

    /** One wrong field: its name as the API knows it, the code and what is wrong. */
    public record FieldError(String field, ErrorCode code, String detail) {
    }

    private final ErrorCode code;
    private final String field;
    private final Map<String, Object> details;
    private final List<FieldError> errors;

    public DomainException(ErrorCode code, String field, String message) {
        this(code, field, message, Map.of());
    }

    public DomainException(ErrorCode code, String field, String message, Map<String, Object> details) {
        this(code, field, message, details, field == null ? List.of() : List.of(new FieldError(field, code, message)));
    }

    public DomainException(ErrorCode code, String message) {
        this(code, null, message);
    }

    private DomainException(ErrorCode code, String field, String message, Map<String, Object> details,
                            List<FieldError> errors) {
        super(message);
        this.code = code;
        this.field = field;
        this.details = Map.copyOf(details);
        this.errors = List.copyOf(errors);
    }

    /** One refusal for several: the first one's code and field, every field in {@link #errors()}. */
    public static DomainException all(List<DomainException> refusals) {
        if (refusals.size() == 1) {
            return refusals.get(0);
        }
        DomainException first = refusals.get(0);
        List<FieldError> errors = refusals.stream().flatMap(refusal -> refusal.errors().stream()).toList();
        return new DomainException(first.code(), first.field(), errors.size() + " fields are not valid: "
                + String.join("; ", errors.stream().map(FieldError::detail).toList()), first.details(), errors);
    }

    public Map<String, Object> details() {
        return details;
    }

    public ErrorCode code() {
        return code;
    }

    public String field() {
        return field;
    }

    /** Every wrong field, in the order the command's fields were checked; empty when no field is to blame. */
    public List<FieldError> errors() {
        return errors;
    }
}
