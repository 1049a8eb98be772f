package nl.oneplan.command.trajectory.roundtable;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record DraftMinutes(@TargetAggregateIdentifier UUID trajectoryId, int roundTableNumber, String text) {
}
