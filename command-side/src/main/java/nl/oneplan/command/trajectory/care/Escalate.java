package nl.oneplan.command.trajectory.care;

import nl.oneplan.events.EscalationLevel;
import nl.oneplan.events.EscalationReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record Escalate(@TargetAggregateIdentifier UUID trajectoryId, EscalationLevel to,
                       EscalationReason reasonCode, String reason, LocalDate escalatedOn) {
}
