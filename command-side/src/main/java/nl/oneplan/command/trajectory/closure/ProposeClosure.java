package nl.oneplan.command.trajectory.closure;

import nl.oneplan.events.ClosureReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record ProposeClosure(@TargetAggregateIdentifier UUID trajectoryId, ClosureReason reason, LocalDate proposedOn,
                             String note) {
}
