package nl.oneplan.command.trajectory.consent;

import nl.oneplan.command.trajectory.InputChecks;
import nl.oneplan.events.DisclosureChannel;
import nl.oneplan.events.Purpose;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Hand a copy of the plan to one involved professional. {@code copyId} comes from the client's
 * idempotency key, so asking twice issues one copy. Channel and purpose default to a plan copy for
 * care coordination.
 */
public record IssuePlanCopy(@TargetAggregateIdentifier UUID trajectoryId, UUID copyId, UUID recipientId,
                            DisclosureChannel channel, Purpose purpose) {

    public IssuePlanCopy {
        InputChecks in = new InputChecks();
        in.present(copyId, "copyId");
        in.present(recipientId, "recipientId");
        purpose = ConsentInput.purpose(in, purpose, "purpose");
        in.done();
    }
}
