package nl.oneplan.command.trajectory.involvement;

import nl.oneplan.events.PartyRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Hand coordination to another involved professional, or to the family itself (a member). */
public record HandOverCoordination(@TargetAggregateIdentifier UUID trajectoryId, PartyRef to, String reason,
                                   LocalDate handoverDate, Boolean familyInformed) {
}
