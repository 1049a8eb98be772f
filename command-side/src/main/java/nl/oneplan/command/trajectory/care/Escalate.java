package nl.oneplan.command.trajectory.care;

import nl.oneplan.command.trajectory.InputChecks;
import nl.oneplan.command.trajectory.ErrorCode;
import nl.oneplan.events.EscalationLevel;
import nl.oneplan.events.EscalationReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record Escalate(@TargetAggregateIdentifier UUID trajectoryId, EscalationLevel to,
                       EscalationReason reasonCode, String reason, LocalDate escalatedOn) {

    public Escalate {
        InputChecks in = new InputChecks();
        in.present(to, "to");
        if (in.present(reasonCode, "reasonCode") == EscalationReason.NOT_RECORDED) {
            // NOT_RECORDED is only what escalations from before reasons were coded read as.
            in.refuse(ErrorCode.ESCALATION_REASON_NOT_CHOSEN, "reasonCode",
                    "reasonCode NOT_RECORDED is for escalations from before reasons were coded; choose a reason");
        }
        reason = in.required(reason, "reason", InputChecks.DESCRIPTION);
        in.present(escalatedOn, "escalatedOn");
        in.done();
    }
}
