package nl.oneplan.command.trajectory.consent;

import nl.oneplan.command.trajectory.NewId;
import nl.oneplan.command.trajectory.InputChecks;
import nl.oneplan.events.Category;
import nl.oneplan.events.DisclosureChannel;
import nl.oneplan.events.Purpose;
import nl.oneplan.events.Recipient;
import nl.oneplan.events.StatutoryGround;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record ShareInformation(@TargetAggregateIdentifier UUID trajectoryId, @NewId UUID disclosureId,
                               Recipient recipient, List<UUID> aboutMemberIds, List<Category> categories,
                               Purpose purpose, DisclosureChannel channel, Instant sharedAt,
                               StatutoryGround statutoryGround) {

    public ShareInformation {
        InputChecks in = new InputChecks();
        in.present(disclosureId, "disclosureId");
        recipient = ConsentInput.recipient(in, recipient);
        ConsentInput.subjects(in, aboutMemberIds, "aboutMemberIds");
        categories = ConsentInput.categories(in, categories);
        in.present(channel, "channel");
        statutoryGround = ConsentInput.statutoryGround(in, statutoryGround);
        purpose = ConsentInput.purpose(in, purpose, "purpose");
        in.done();
    }
}
