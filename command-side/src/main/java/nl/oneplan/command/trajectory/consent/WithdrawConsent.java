package nl.oneplan.command.trajectory.consent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

public record WithdrawConsent(@TargetAggregateIdentifier UUID trajectoryId, UUID consentId, Instant effectiveAt) {
}
