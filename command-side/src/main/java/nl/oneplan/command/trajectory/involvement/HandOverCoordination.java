package nl.oneplan.command.trajectory.involvement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import nl.oneplan.command.trajectory.InputChecks;
import nl.oneplan.events.PartyRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Hand coordination to another involved professional, or to the family itself (a member). */
public record HandOverCoordination(@TargetAggregateIdentifier UUID trajectoryId, PartyRef to, String reason,
                                   LocalDate handoverDate, Boolean familyInformed) {

    public HandOverCoordination {
        InputChecks in = new InputChecks();
        in.present(to, "to");
        reason = in.required(reason, "reason", InputChecks.DESCRIPTION);
        in.present(familyInformed, "familyInformed");
        in.present(handoverDate, "handoverDate");
        in.done();
    }

    /** The request body names the new coordinator by {@code participantId} or {@code memberId}. */
    @JsonCreator
    static HandOverCoordination fromRequest(@JsonProperty("trajectoryId") UUID trajectoryId,
                                            @JsonProperty("participantId") UUID participantId,
                                            @JsonProperty("memberId") UUID memberId,
                                            @JsonProperty("reason") String reason,
                                            @JsonProperty("handoverDate") LocalDate handoverDate,
                                            @JsonProperty("familyInformed") Boolean familyInformed) {
        return new HandOverCoordination(trajectoryId, PartyInput.coordinator(participantId, memberId), reason,
                handoverDate, familyInformed);
    }
}
