package nl.oneplan.query.consent;

import nl.oneplan.query.access.AccessLog;
import nl.oneplan.query.access.TrajectoryNotFoundException;
import nl.oneplan.query.access.TrajectoryReadPolicy;
import nl.oneplan.query.access.TrajectoryReadPolicy.Basis;
import nl.oneplan.query.access.TrajectoryReadPolicy.Reader;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Reads one trajectory's disclosure ledger for the signed-in user, from its events, and records
 * the read in the {@link AccessLog}. A professional who does not coordinate reads only the
 * entries they made. (The ledger across trajectories is {@link LedgerSearch}'s.)
 */
@Component
public class LedgerReader {

    private final ConsentHistories histories;
    private final TrajectoryReadPolicy policy;
    private final AccessLog accessLog;

    LedgerReader(ConsentHistories histories, TrajectoryReadPolicy policy, AccessLog accessLog) {
        this.histories = histories;
        this.policy = policy;
        this.accessLog = accessLog;
    }

    /**
     * The entries the user may read; {@code recipient} (a participant id or an organisation, null
     * for all) narrows them.
     */
    public List<LedgerEntry> disclosures(UUID trajectoryId, String recipient) {
        return ledger(trajectoryId).stream()
                .filter(entry -> recipient == null || recipient.equals(String.valueOf(entry.recipient().participantId()))
                        || recipient.equalsIgnoreCase(entry.recipient().organisation()))
                .toList();
    }

    private List<LedgerEntry> ledger(UUID trajectoryId) {
        Reader reader = policy.currentReader(trajectoryId);
        ConsentHistory history = histories.of(trajectoryId)
                .orElseThrow(() -> new TrajectoryNotFoundException(trajectoryId));
        accessLog.record(reader, trajectoryId, "DISCLOSURES");
        List<LedgerEntry> entries = LedgerEntry.of(history);
        if (reader.basis() != Basis.INVOLVED) {
            return entries;
        }
        return entries.stream().filter(entry -> entry.source() != null
                && reader.user().userId().equals(entry.source().userId())).toList();
    }
}
