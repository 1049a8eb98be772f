package nl.oneplan.command.trajectory.consent;

import nl.oneplan.events.Category;
import nl.oneplan.events.ConsentForm;
import nl.oneplan.events.Purpose;
import nl.oneplan.events.Recipient;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record GiveConsent(@TargetAggregateIdentifier UUID trajectoryId, UUID consentId, List<UUID> aboutMemberIds,
                          List<UUID> givenByMemberIds, Recipient recipient, List<Category> categories,
                          List<Purpose> purposes, Instant validFrom, Instant validUntil, ConsentForm form,
                          String documentReference) {
}
