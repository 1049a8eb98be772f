package nl.oneplan.command.trajectory.roundtable;

import nl.oneplan.command.trajectory.InputChecks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record DistributeMinutes(@TargetAggregateIdentifier UUID trajectoryId, int roundTableNumber,
                                LocalDate distributedOn, List<UUID> recipientIds) {

    public DistributeMinutes {
        InputChecks in = new InputChecks();
        in.present(distributedOn, "distributedOn");
        in.notEmpty(recipientIds, "recipientIds", "name who receives the minutes");
        in.done();
    }
}
