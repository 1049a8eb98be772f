package nl.oneplan.command.trajectory.roundtable;

import nl.oneplan.events.GoalReview;
import nl.oneplan.events.PartAttendance;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record RecordRoundTableHeld(@TargetAggregateIdentifier UUID trajectoryId, int roundTableNumber,
                                   LocalDate heldOn, List<PartAttendance> attendance, List<GoalReview> goalReviews,
                                   List<NewAgreement> agreements) {

    /** An agreement made at the table; it goes on the plan like any other. */
    public record NewAgreement(Integer goalNumber, UUID who, String what, LocalDate startDate,
                               LocalDate plannedEndDate) {
    }
}
