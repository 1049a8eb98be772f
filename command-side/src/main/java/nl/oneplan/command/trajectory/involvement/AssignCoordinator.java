package nl.oneplan.command.trajectory.involvement;

import nl.oneplan.events.PartyRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record AssignCoordinator(@TargetAggregateIdentifier UUID trajectoryId, PartyRef coordinator) {
}
