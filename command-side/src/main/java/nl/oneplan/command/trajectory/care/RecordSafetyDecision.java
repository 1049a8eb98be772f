package nl.oneplan.command.trajectory.care;

import nl.oneplan.events.DirectionLevel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record RecordSafetyDecision(@TargetAggregateIdentifier UUID trajectoryId, LocalDate decidedOn, String decision,
                                   String decidedBy, List<String> optionsPutToFamily, String familyResponse,
                                   List<UUID> memberIds, DirectionLevel directionLevelAfter) {
}
