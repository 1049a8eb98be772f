package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** A member's details as corrected; every field carries its new (or unchanged) value. */
@Revision("1")
public record FamilyMemberCorrected(UUID trajectoryId, UUID memberId, String name, LocalDate dateOfBirth,
                                    MemberRole role, boolean custody) implements InvolvementEvent {
}
