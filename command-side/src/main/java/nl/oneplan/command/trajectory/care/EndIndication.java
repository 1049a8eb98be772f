package nl.oneplan.command.trajectory.care;

import nl.oneplan.command.trajectory.InputChecks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record EndIndication(@TargetAggregateIdentifier UUID trajectoryId, UUID indicationId, LocalDate endedOn,
                            String reason) {

    public EndIndication {
        InputChecks in = new InputChecks();
        in.present(indicationId, "indicationId");
        in.present(endedOn, "endedOn");
        reason = in.optional(reason, "reason", InputChecks.DESCRIPTION);
        in.done();
    }
}
