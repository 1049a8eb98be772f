package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The approved minutes went to these participants (the consent rules of a later step apply to them). */
@Revision("1")
public record MinutesDistributed(UUID trajectoryId, int roundTableNumber, LocalDate distributedOn,
                                 List<UUID> recipientIds) implements RoundTableEvent {
}
