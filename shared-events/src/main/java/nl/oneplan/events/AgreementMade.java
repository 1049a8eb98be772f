package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An agreement: who does what, by when, optionally for a goal. {@code standard} is set for the two
 * agreements every plan starts with; they have no planned end date until one is agreed.
 */
@Revision("1")
public record AgreementMade(UUID trajectoryId, int agreementNumber, Integer goalNumber, PartyRef who, String what,
                            LocalDate startDate, LocalDate plannedEndDate, StandardAgreement standard) {
}
