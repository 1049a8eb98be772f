package nl.oneplan.command.trajectory.roundtable;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record SetRoundTableInterval(@TargetAggregateIdentifier UUID trajectoryId, Integer days) {
}
