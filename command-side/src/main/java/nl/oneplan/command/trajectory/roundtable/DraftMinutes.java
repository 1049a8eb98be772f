package nl.oneplan.command.trajectory.roundtable;

import nl.oneplan.command.trajectory.InputChecks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record DraftMinutes(@TargetAggregateIdentifier UUID trajectoryId, int roundTableNumber, String text) {

    public DraftMinutes {
        InputChecks in = new InputChecks();
        text = in.required(text, "text", InputChecks.LONG);
        in.done();
    }
}
