package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.util.UUID;

@Revision("1")
public record AgreementCancelled(UUID trajectoryId, int agreementNumber, String reason) implements PlanEvent {
}
