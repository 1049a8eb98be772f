package nl.oneplan.command.trajectory.roundtable;

import nl.oneplan.command.trajectory.InputChecks;
import nl.oneplan.command.trajectory.ErrorCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record SetRoundTableInterval(@TargetAggregateIdentifier UUID trajectoryId, Integer days) {

    public SetRoundTableInterval {
        InputChecks in = new InputChecks();
        if (in.present(days, "days") != null && (days < 7 || days > 365)) {
            in.refuse(ErrorCode.INVALID_INTERVAL, "days",
                    "a round table is due every 7 to 365 days, not every " + days);
        }
        in.done();
    }
}
