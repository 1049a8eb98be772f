package nl.oneplan.command.trajectory;

import nl.oneplan.events.EscalationLevel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record Escalate(@TargetAggregateIdentifier UUID trajectoryId, EscalationLevel to, String reason,
                       LocalDate escalatedOn) {
}
