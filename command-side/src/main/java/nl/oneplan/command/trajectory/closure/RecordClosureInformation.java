package nl.oneplan.command.trajectory.closure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record RecordClosureInformation(@TargetAggregateIdentifier UUID trajectoryId, List<Informed> informed,
                                       String note) {

    /** A party informed of the closure, by a participant or member of the trajectory. */
    public record Informed(String party, UUID informedBy, LocalDate informedOn) {
    }
}
