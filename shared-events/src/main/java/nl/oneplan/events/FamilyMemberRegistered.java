package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record FamilyMemberRegistered(UUID trajectoryId, UUID memberId, String name, LocalDate dateOfBirth,
                                     MemberRole role, boolean custody) implements InvolvementEvent {
}
