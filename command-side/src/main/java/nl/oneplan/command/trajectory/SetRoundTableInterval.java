package nl.oneplan.command.trajectory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record SetRoundTableInterval(@TargetAggregateIdentifier UUID trajectoryId, Integer days) {
}
