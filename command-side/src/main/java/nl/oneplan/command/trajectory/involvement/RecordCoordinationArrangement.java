package nl.oneplan.command.trajectory.involvement;

import nl.oneplan.events.ArrangementKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record RecordCoordinationArrangement(@TargetAggregateIdentifier UUID trajectoryId, ArrangementKind kind,
                                            String description) {
}
