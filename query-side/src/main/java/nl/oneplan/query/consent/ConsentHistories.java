package nl.oneplan.query.consent;

import nl.oneplan.events.ActingUser;
import nl.oneplan.query.consent.ConsentHistory.Recorded;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Builds a trajectory's consent history from its stored events, read from the first one (never
 * from a snapshot or a projection), so privacy answers do not depend on any earlier decision.
 */
@Component
public class ConsentHistories {

    private final EventStore eventStore;

    ConsentHistories(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Empty when the trajectory has no events: it does not exist. */
    public Optional<ConsentHistory> of(UUID trajectoryId) {
        DomainEventStream stream = eventStore.readEvents(trajectoryId.toString(), 0);
        List<Recorded> events = new ArrayList<>();
        stream.forEachRemaining(message -> events.add(new Recorded(message.getPayload(), message.getTimestamp(),
                ActingUser.fromMetaData(message.getMetaData()).orElse(null))));
        return events.isEmpty() ? Optional.empty() : Optional.of(new ConsentHistory(events));
    }
}
