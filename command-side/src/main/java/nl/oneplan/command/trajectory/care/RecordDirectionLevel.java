package nl.oneplan.command.trajectory.care;

import nl.oneplan.events.DirectionLevel;
import nl.oneplan.events.LifeDomain;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record RecordDirectionLevel(@TargetAggregateIdentifier UUID trajectoryId, UUID memberId, LifeDomain lifeDomain,
                                   DirectionLevel level, LocalDate recordedOn, String note) {
}
