package nl.oneplan.command.trajectory.care;

import nl.oneplan.command.trajectory.InputChecks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record ExtendIndication(@TargetAggregateIdentifier UUID trajectoryId, UUID indicationId,
                               LocalDate validUntil) {

    public ExtendIndication {
        InputChecks in = new InputChecks();
        in.present(indicationId, "indicationId");
        in.present(validUntil, "validUntil");
        in.done();
    }
}
