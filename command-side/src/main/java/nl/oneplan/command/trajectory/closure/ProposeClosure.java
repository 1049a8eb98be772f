package nl.oneplan.command.trajectory.closure;

import nl.oneplan.command.trajectory.InputChecks;
import nl.oneplan.events.ClosureReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record ProposeClosure(@TargetAggregateIdentifier UUID trajectoryId, ClosureReason reason, LocalDate proposedOn,
                             String note) {

    public ProposeClosure {
        InputChecks in = new InputChecks();
        in.present(reason, "reason");
        note = in.optional(note, "note", InputChecks.DESCRIPTION);
        in.present(proposedOn, "proposedOn");
        in.done();
    }
}
