package nl.oneplan.command.trajectory.care;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record ExtendIndication(@TargetAggregateIdentifier UUID trajectoryId, UUID indicationId,
                               LocalDate validUntil) {
}
