package nl.oneplan.command.trajectory.roundtable;

import nl.oneplan.events.RoundTablePart;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

public record ScheduleRoundTable(@TargetAggregateIdentifier UUID trajectoryId, LocalDateTime startsAt, String place,
                                 List<RoundTablePart> parts) {
}
