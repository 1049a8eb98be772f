package nl.oneplan.command.trajectory;

import nl.oneplan.events.Registration;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Opens a trajectory; the opening coordinator becomes its first participant,
 * {@code openerParticipantId}, and its care coordinator unless {@code openerCoordinates} is false
 * (someone else, a member of the family perhaps, will be assigned).
 */
public record OpenTrajectory(@TargetAggregateIdentifier UUID trajectoryId, UUID openerParticipantId,
                             String familyName, String municipality, LocalDate startDate,
                             Registration registration, Boolean openerCoordinates) {

    public OpenTrajectory(UUID trajectoryId, UUID openerParticipantId, String familyName, String municipality,
                          LocalDate startDate, Registration registration) {
        this(trajectoryId, openerParticipantId, familyName, municipality, startDate, registration, null);
    }
}
