package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The family's contact details and the important information for all involved; replaces earlier ones. */
@Revision("1")
public record FamilyContactRecorded(UUID trajectoryId, String address, String placeOfResidence, String phone,
                                    String email, String importantInformation) implements InvolvementEvent {
}
