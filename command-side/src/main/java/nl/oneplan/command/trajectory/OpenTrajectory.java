package nl.oneplan.command.trajectory;

import java.time.LocalDate;
import nl.oneplan.events.Registration;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record OpenTrajectory(@TargetAggregateIdentifier UUID trajectoryId, String familyName, String municipality, LocalDate startDate,
                             Registration registration) {
}
