package nl.oneplan.command.trajectory.care;

import nl.oneplan.command.trajectory.NewId;
import nl.oneplan.command.trajectory.InputChecks;
import nl.oneplan.command.trajectory.ErrorCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record RegisterIndication(@TargetAggregateIdentifier UUID trajectoryId, @NewId UUID indicationId,
                                 String careProvider, String kindOfCare, LocalDate validFrom,
                                 LocalDate validUntil) {

    public RegisterIndication {
        InputChecks in = new InputChecks();
        in.present(indicationId, "indicationId");
        careProvider = in.required(careProvider, "careProvider", InputChecks.SHORT);
        kindOfCare = in.required(kindOfCare, "kindOfCare", InputChecks.SHORT);
        in.present(validFrom, "validFrom");
        in.present(validUntil, "validUntil");
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            in.refuse(ErrorCode.VALID_UNTIL_BEFORE_VALID_FROM, "validUntil",
                    "valid until " + validUntil + " lies before valid from " + validFrom);
        }
        in.done();
    }
}
