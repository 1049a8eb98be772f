package nl.oneplan.command.trajectory.care;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record RegisterIndication(@TargetAggregateIdentifier UUID trajectoryId, UUID indicationId, String careProvider,
                                 String kindOfCare, LocalDate validFrom, LocalDate validUntil) {
}
