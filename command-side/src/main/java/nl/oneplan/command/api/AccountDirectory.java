package nl.oneplan.command.api;

/**
 * The accounts OnePlan knows (those that signed in at least once, or the demo users): an account
 * is linked by the stable id its token carries, and an id nobody ever signed in with would give
 * nobody access while looking as if it did. The application provides it.
 */
public interface AccountDirectory {

    boolean knows(String userId);
}
