package nl.oneplan.query.access;

import java.util.UUID;

/** A trajectory that does not exist, or that the caller may not read: to them it does not exist. */
public class TrajectoryNotFoundException extends RuntimeException {

    public TrajectoryNotFoundException(UUID trajectoryId) {
        super("no trajectory " + trajectoryId);
    }
}
