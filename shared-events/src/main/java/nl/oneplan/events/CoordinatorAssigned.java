package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The care coordinator (zorgcoördinator): an involved professional, or a family member. */
@Revision("1")
public record CoordinatorAssigned(UUID trajectoryId, PartyRef coordinator) implements InvolvementEvent {
}
