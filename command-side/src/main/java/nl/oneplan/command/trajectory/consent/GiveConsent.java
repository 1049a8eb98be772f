package nl.oneplan.command.trajectory.consent;

import nl.oneplan.command.trajectory.NewId;
import nl.oneplan.command.trajectory.InputChecks;
import nl.oneplan.command.trajectory.ErrorCode;
import nl.oneplan.events.Category;
import nl.oneplan.events.ConsentForm;
import nl.oneplan.events.Purpose;
import nl.oneplan.events.Recipient;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record GiveConsent(@TargetAggregateIdentifier UUID trajectoryId, @NewId UUID consentId,
                          List<UUID> aboutMemberIds, List<UUID> givenByMemberIds, Recipient recipient,
                          List<Category> categories, List<Purpose> purposes, Instant validFrom,
                          Instant validUntil, ConsentForm form, String documentReference) {

    public GiveConsent {
        InputChecks in = new InputChecks();
        in.present(consentId, "consentId");
        ConsentInput.subjects(in, aboutMemberIds, "aboutMemberIds");
        ConsentInput.subjects(in, givenByMemberIds, "givenByMemberIds");
        recipient = ConsentInput.recipient(in, recipient);
        categories = ConsentInput.categories(in, categories);
        purposes = ConsentInput.purposes(in, purposes);
        in.present(form, "form");
        documentReference = in.optional(documentReference, "documentReference", InputChecks.SHORT);
        if (form == ConsentForm.WRITTEN && documentReference == null) {
            in.refuse(ErrorCode.DOCUMENT_REFERENCE_REQUIRED, "documentReference",
                    "a written consent names its document");
        }
        in.done();
    }
}
