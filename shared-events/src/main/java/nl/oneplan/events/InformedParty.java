package nl.oneplan.events;

import java.time.LocalDate;

/** Someone informed of the closure ("huisarts", "JGZ", "school"), by whom and when. */
public record InformedParty(String party, PartyRef informedBy, LocalDate informedOn) {
}
