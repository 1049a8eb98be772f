package nl.oneplan.command.trajectory.consent;

import nl.oneplan.command.trajectory.InputChecks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

public record WithdrawConsent(@TargetAggregateIdentifier UUID trajectoryId, UUID consentId, Instant effectiveAt) {

    public WithdrawConsent {
        InputChecks in = new InputChecks();
        in.present(consentId, "consentId");
        in.done();
    }
}
