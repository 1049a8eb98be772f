package nl.oneplan.command.trajectory;

/**
 * What a command handler answers: the trajectory's version (sequence number of its last event)
 * after the command, so a client can wait until the query side has caught up with it, and the
 * number the command gave a new goal or agreement, if any.
 */
public record Accepted(long version, Integer number) {

    public static Accepted at(long version) {
        return new Accepted(version, null);
    }

    public static Accepted numbered(int number, long version) {
        return new Accepted(version, number);
    }
}
