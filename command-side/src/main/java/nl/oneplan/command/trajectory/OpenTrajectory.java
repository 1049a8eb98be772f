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
public record OpenTrajectory(@TargetAggregateIdentifier @NewId UUID trajectoryId, @NewId UUID openerParticipantId,
                             String familyName, String municipality, LocalDate startDate,
                             Registration registration, Boolean openerCoordinates) {

    public OpenTrajectory {
        InputChecks in = new InputChecks();
        in.present(trajectoryId, "trajectoryId");
        in.present(openerParticipantId, "openerParticipantId");
        familyName = in.required(familyName, "familyName", InputChecks.NAME);
        municipality = in.required(municipality, "municipality", InputChecks.SHORT);
        in.present(startDate, "startDate");
        registration = registration(in, registration);
        in.done();
    }

    public OpenTrajectory(UUID trajectoryId, UUID openerParticipantId, String familyName, String municipality,
                          LocalDate startDate, Registration registration) {
        this(trajectoryId, openerParticipantId, familyName, municipality, startDate, registration, null);
    }

    /** An agency that registered the family is named; a family that registered itself names none. */
    private static Registration registration(InputChecks in, Registration registration) {
        if (in.present(registration, "registration") == null
                || in.present(registration.route(), "registration.route") == null) {
            return registration;
        }
        String agency = in.optional(registration.agency(), "registration.agency", InputChecks.SHORT);
        if (registration.route().isAgency() && agency == null) {
            in.refuse(ErrorCode.AGENCY_REQUIRED, "registration.agency",
                    "the agency's name is required when an agency registered the family");
        }
        if (!registration.route().isAgency() && agency != null) {
            in.refuse(ErrorCode.AGENCY_NOT_EXPECTED, "registration.agency",
                    "a family that registered itself has no agency");
        }
        return new Registration(registration.route(), agency);
    }
}
