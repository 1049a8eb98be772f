package nl.oneplan.command.trajectory;

import nl.oneplan.events.Registration;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Opens a trajectory; the opening coordinator becomes its first participant, {@code openerParticipantId}. */
public record OpenTrajectory(@TargetAggregateIdentifier UUID trajectoryId, UUID openerParticipantId,
                             String familyName, String municipality, LocalDate startDate,
                             Registration registration) {
}
