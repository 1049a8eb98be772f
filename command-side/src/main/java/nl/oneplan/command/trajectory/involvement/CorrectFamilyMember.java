package nl.oneplan.command.trajectory.involvement;

import java.time.LocalDate;
import nl.oneplan.events.MemberRole;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record CorrectFamilyMember(@TargetAggregateIdentifier UUID trajectoryId, UUID memberId, String name,
                                  LocalDate dateOfBirth, MemberRole role, boolean custody) {
}
