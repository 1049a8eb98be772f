package nl.oneplan.command.trajectory.consent;

import nl.oneplan.command.trajectory.NewId;
import nl.oneplan.command.trajectory.InputChecks;
import nl.oneplan.events.Category;
import nl.oneplan.events.Recipient;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record RecordDenial(@TargetAggregateIdentifier UUID trajectoryId, @NewId UUID denialId,
                           List<UUID> aboutMemberIds, List<UUID> decidedByMemberIds, Recipient recipient,
                           List<Category> categories, Instant effectiveFrom) {

    public RecordDenial {
        InputChecks in = new InputChecks();
        in.present(denialId, "denialId");
        ConsentInput.subjects(in, aboutMemberIds, "aboutMemberIds");
        ConsentInput.subjects(in, decidedByMemberIds, "decidedByMemberIds");
        recipient = ConsentInput.recipient(in, recipient);
        categories = ConsentInput.categories(in, categories);
        in.done();
    }
}
