package nl.oneplan.command.trajectory.plan;

import nl.oneplan.command.trajectory.InputChecks;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record MakeAgreement(@TargetAggregateIdentifier UUID trajectoryId, Integer goalNumber, UUID who, String what,
                            LocalDate startDate, LocalDate plannedEndDate) {

    public MakeAgreement {
        InputChecks in = new InputChecks();
        in.present(who, "who");
        what = in.required(what, "what", InputChecks.DESCRIPTION);
        in.period(startDate, plannedEndDate);
        in.done();
    }
}
