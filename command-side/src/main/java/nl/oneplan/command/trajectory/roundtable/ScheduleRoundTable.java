package nl.oneplan.command.trajectory.roundtable;

import nl.oneplan.command.trajectory.InputChecks;
import java.util.ArrayList;
import nl.oneplan.events.RoundTablePart;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

public record ScheduleRoundTable(@TargetAggregateIdentifier UUID trajectoryId, LocalDateTime startsAt, String place,
                                 List<RoundTablePart> parts) {

    public ScheduleRoundTable {
        InputChecks in = new InputChecks();
        in.present(startsAt, "startsAt");
        place = in.required(place, "place", InputChecks.SHORT);
        List<RoundTablePart> checked = new ArrayList<>();
        for (RoundTablePart part : in.notEmpty(parts, "parts", "a round table has at least one part") == null
                ? List.<RoundTablePart>of() : parts) {
            if (in.present(part, "parts") != null) {
                checked.add(new RoundTablePart(in.required(part.topic(), "parts.topic", InputChecks.SHORT),
                        part.memberIds() == null ? List.of() : part.memberIds(),
                        part.participantIds() == null ? List.of() : part.participantIds()));
            }
        }
        parts = in.valid() ? List.copyOf(checked) : parts;
        in.done();
    }
}
