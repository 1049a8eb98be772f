package nl.oneplan.command.trajectory.care;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record Deescalate(@TargetAggregateIdentifier UUID trajectoryId, int escalationNumber, String resolution,
                         LocalDate deescalatedOn) {
}
