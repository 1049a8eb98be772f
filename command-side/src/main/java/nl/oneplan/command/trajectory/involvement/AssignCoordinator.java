package nl.oneplan.command.trajectory.involvement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import nl.oneplan.command.trajectory.InputChecks;
import nl.oneplan.events.PartyRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record AssignCoordinator(@TargetAggregateIdentifier UUID trajectoryId, PartyRef coordinator) {

    public AssignCoordinator {
        InputChecks in = new InputChecks();
        in.present(coordinator, "coordinator");
        in.done();
    }

    /** The request body names the coordinator by {@code participantId} or {@code memberId}. */
    @JsonCreator
    static AssignCoordinator fromRequest(@JsonProperty("trajectoryId") UUID trajectoryId,
                                         @JsonProperty("participantId") UUID participantId,
                                         @JsonProperty("memberId") UUID memberId) {
        return new AssignCoordinator(trajectoryId, PartyInput.coordinator(participantId, memberId));
    }
}
