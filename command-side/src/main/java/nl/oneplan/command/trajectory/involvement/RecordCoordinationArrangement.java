package nl.oneplan.command.trajectory.involvement;

import nl.oneplan.command.trajectory.InputChecks;
import nl.oneplan.command.trajectory.ErrorCode;
import nl.oneplan.events.ArrangementKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record RecordCoordinationArrangement(@TargetAggregateIdentifier UUID trajectoryId, ArrangementKind kind,
                                            String description) {

    public RecordCoordinationArrangement {
        InputChecks in = new InputChecks();
        in.present(kind, "kind");
        description = in.optional(description, "description", InputChecks.DESCRIPTION);
        if (kind == ArrangementKind.OTHER && description == null && in.valid()) {
            in.refuse(ErrorCode.FIELD_REQUIRED, "description", "description is required when the arrangement is OTHER");
        }
        in.done();
    }
}
