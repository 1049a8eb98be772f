package nl.oneplan.command.trajectory.roundtable;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record DistributeMinutes(@TargetAggregateIdentifier UUID trajectoryId, int roundTableNumber,
                                LocalDate distributedOn, List<UUID> recipientIds) {
}
