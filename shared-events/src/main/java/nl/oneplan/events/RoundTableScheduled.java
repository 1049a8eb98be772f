package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** A round-table meeting (rondetafeloverleg), numbered 1, 2, … per trajectory. */
@Revision("1")
public record RoundTableScheduled(UUID trajectoryId, int roundTableNumber, LocalDateTime startsAt, String place,
                                  List<RoundTablePart> parts) implements RoundTableEvent {
}
