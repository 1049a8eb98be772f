package nl.oneplan.query.projection;

/** A rebuild or retry request that cannot be carried out, with a stable code for the API. */
public class RebuildException extends RuntimeException {

    public static final String PROJECTION_NOT_FOUND = "PROJECTION_NOT_FOUND";
    public static final String PROJECTION_NOT_REBUILDABLE = "PROJECTION_NOT_REBUILDABLE";
    public static final String REBUILD_IN_PROGRESS = "REBUILD_IN_PROGRESS";
    public static final String NO_REBUILD_RUNNING = "NO_REBUILD_RUNNING";
    public static final String DEAD_LETTER_NOT_FOUND = "DEAD_LETTER_NOT_FOUND";

    private final String code;

    public RebuildException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
