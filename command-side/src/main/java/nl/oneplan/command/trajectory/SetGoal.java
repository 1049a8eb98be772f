package nl.oneplan.command.trajectory;

import java.time.LocalDate;
import java.util.List;
import nl.oneplan.events.LifeDomain;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record SetGoal(@TargetAggregateIdentifier UUID trajectoryId, String description, LifeDomain lifeDomain,
                      List<UUID> memberIds, LocalDate startDate, LocalDate plannedEndDate) {
}
