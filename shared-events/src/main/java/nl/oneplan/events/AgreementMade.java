package nl.oneplan.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An agreement: who does what, by when, optionally for a goal. {@code standard} is set for the two
 * agreements every plan starts with; they have no planned end date until one is agreed, and no
 * {@code what}: readers word them from the code, in their language. Revision 1 stored the Dutch
 * wording in {@code what}; it is upcast.
 */
@Revision("2")
public record AgreementMade(UUID trajectoryId, int agreementNumber, Integer goalNumber, PartyRef who, String what,
                            LocalDate startDate, LocalDate plannedEndDate, StandardAgreement standard)
        implements PlanEvent {

    /** One of the two agreements every plan starts with (again after a reopening), from {@code from}. */
    public static AgreementMade standard(UUID trajectoryId, int agreementNumber, StandardAgreement standard,
                                         LocalDate from) {
        return new AgreementMade(trajectoryId, agreementNumber, null, PartyRef.coordinatorWithFamily(), null, from,
                null, standard);
    }
}
