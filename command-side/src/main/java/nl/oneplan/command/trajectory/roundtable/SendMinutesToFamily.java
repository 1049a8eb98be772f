package nl.oneplan.command.trajectory.roundtable;

import nl.oneplan.command.trajectory.InputChecks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record SendMinutesToFamily(@TargetAggregateIdentifier UUID trajectoryId, int roundTableNumber,
                                  LocalDate sentOn) {

    public SendMinutesToFamily {
        InputChecks in = new InputChecks();
        in.present(sentOn, "sentOn");
        in.done();
    }
}
