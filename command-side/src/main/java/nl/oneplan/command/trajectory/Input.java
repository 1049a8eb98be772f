package nl.oneplan.command.trajectory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The input checks of one command, collected so that a refusal names every field that is wrong
 * at once, not the first. A handler runs its checks through one {@code Input}, calls
 * {@link #done()} and only then applies rules about the trajectory's state: a value whose check
 * failed is null, and {@code done()} throws before anything can use it.
 */
public final class Input {

    private final List<DomainException> errors = new ArrayList<>();

    public String required(String value, String field, int max) {
        return check(() -> Text.required(value, field, max));
    }

    public String optional(String value, String field, int max) {
        return check(() -> Text.optional(value, field, max));
    }

    public String optionalEmail(String value, String field) {
        return check(() -> Text.optionalEmail(value, field));
    }

    public String optionalPhone(String value, String field) {
        return check(() -> Text.optionalPhone(value, field));
    }

    public <T> T present(T value, String field) {
        return check(() -> Text.present(value, field));
    }

    /**
     * Runs a check; a refusal of invalid input is collected. Any other refusal (a rule about the
     * trajectory, an unknown reference) ends the checks, after the invalid input found so far:
     * what is wrong with the request itself is told first.
     */
    public <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (DomainException e) {
            if (e.code().kind() != ErrorCode.Kind.INVALID_INPUT) {
                done();
                throw e;
            }
            errors.add(e);
            return null;
        }
    }

    /** Refuses the input, as a failed check would. */
    public void refuse(ErrorCode code, String field, String message) {
        check(() -> {
            throw new DomainException(code, field, message);
        });
    }

    /** Whether every check so far passed; a handler skips checks that build on a failed one. */
    public boolean valid() {
        return errors.isEmpty();
    }

    /** Throws every collected refusal at once, the first as the refusal's code; else returns. */
    public void done() {
        if (!errors.isEmpty()) {
            throw DomainException.all(errors);
        }
    }
}
