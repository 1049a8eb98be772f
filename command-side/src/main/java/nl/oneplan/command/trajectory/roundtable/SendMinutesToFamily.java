package nl.oneplan.command.trajectory.roundtable;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record SendMinutesToFamily(@TargetAggregateIdentifier UUID trajectoryId, int roundTableNumber,
                                  LocalDate sentOn) {
}
