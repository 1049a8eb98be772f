package nl.oneplan.command.trajectory.closure;

import nl.oneplan.command.trajectory.InputChecks;
import nl.oneplan.command.trajectory.ErrorCode;
import java.util.ArrayList;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record RecordClosureInformation(@TargetAggregateIdentifier UUID trajectoryId, List<Informed> informed,
                                       String note) {

    public RecordClosureInformation {
        InputChecks in = new InputChecks();
        List<Informed> parties = new ArrayList<>();
        for (Informed party : informed == null ? List.<Informed>of() : informed) {
            if (in.present(party, "informed") != null) {
                parties.add(new Informed(in.required(party.party(), "informed.party", InputChecks.SHORT),
                        in.present(party.informedBy(), "informed.informedBy"),
                        in.present(party.informedOn(), "informed.informedOn")));
            }
        }
        informed = List.copyOf(parties);
        note = in.optional(note, "note", InputChecks.DESCRIPTION);
        if (informed.isEmpty() && note == null && in.valid()) {
            in.refuse(ErrorCode.FIELD_REQUIRED, "note",
                    "name who was informed, or say in a note why nobody needs to be");
        }
        in.done();
    }

    /** A party informed of the closure, by a participant or member of the trajectory. */
    public record Informed(String party, UUID informedBy, LocalDate informedOn) {
    }
}
