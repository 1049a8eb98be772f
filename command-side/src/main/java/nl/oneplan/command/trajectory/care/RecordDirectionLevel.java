package nl.oneplan.command.trajectory.care;

import nl.oneplan.command.trajectory.InputChecks;
import nl.oneplan.events.DirectionLevel;
import nl.oneplan.events.LifeDomain;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record RecordDirectionLevel(@TargetAggregateIdentifier UUID trajectoryId, UUID memberId, LifeDomain lifeDomain,
                                   DirectionLevel level, LocalDate recordedOn, String note) {

    public RecordDirectionLevel {
        InputChecks in = new InputChecks();
        in.present(memberId, "memberId");
        in.present(level, "level");
        note = in.optional(note, "note", InputChecks.DESCRIPTION);
        in.present(recordedOn, "recordedOn");
        in.done();
    }
}
