package nl.oneplan.command.trajectory.care;

import nl.oneplan.command.trajectory.InputChecks;
import java.util.ArrayList;
import nl.oneplan.events.DirectionLevel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record RecordSafetyDecision(@TargetAggregateIdentifier UUID trajectoryId, LocalDate decidedOn, String decision,
                                   String decidedBy, List<String> optionsPutToFamily, String familyResponse,
                                   List<UUID> memberIds, DirectionLevel directionLevelAfter) {

    public RecordSafetyDecision {
        InputChecks in = new InputChecks();
        decision = in.required(decision, "decision", InputChecks.DESCRIPTION);
        decidedBy = in.required(decidedBy, "decidedBy", InputChecks.SHORT);
        List<String> options = new ArrayList<>();
        for (String option : optionsPutToFamily == null ? List.<String>of() : optionsPutToFamily) {
            options.add(in.required(option, "optionsPutToFamily", InputChecks.DESCRIPTION));
        }
        optionsPutToFamily = in.valid() ? List.copyOf(options) : optionsPutToFamily;
        familyResponse = in.optional(familyResponse, "familyResponse", InputChecks.DESCRIPTION);
        in.notEmpty(memberIds, "memberIds", "name the members whose direction the decision limits");
        in.present(directionLevelAfter, "directionLevelAfter");
        in.present(decidedOn, "decidedOn");
        in.done();
    }
}
