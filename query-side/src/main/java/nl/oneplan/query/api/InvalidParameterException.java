package nl.oneplan.query.api;

/** A query parameter outside what the endpoint takes: 400 INVALID_PARAMETER with the parameter's name. */
final class InvalidParameterException extends RuntimeException {

    private final String field;

    InvalidParameterException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
