package nl.oneplan.query.access;

import nl.oneplan.query.access.TrajectoryReadPolicy.Reader;
import nl.oneplan.query.consent.ConsentHistories;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Reads who read a family's data, for privacy officers only; reading the log is itself a read it
 * records.
 */
@Component
public class AccessLogReader {

    private final TrajectoryReadPolicy policy;
    private final ConsentHistories histories;
    private final AccessLog accessLog;

    AccessLogReader(TrajectoryReadPolicy policy, ConsentHistories histories, AccessLog accessLog) {
        this.policy = policy;
        this.histories = histories;
        this.accessLog = accessLog;
    }

    /** Every read of the trajectory, oldest first. */
    public List<AccessLog.Entry> of(UUID trajectoryId) {
        Reader reader = policy.currentReader(trajectoryId);
        if (!reader.audits()) {
            throw new TrajectoryNotFoundException(trajectoryId);
        }
        // The trajectory exists when it has events: the log alone would answer for any id.
        histories.of(trajectoryId).orElseThrow(() -> new TrajectoryNotFoundException(trajectoryId));
        accessLog.record(reader, trajectoryId, "ACCESS_LOG");
        return accessLog.of(trajectoryId);
    }
}
