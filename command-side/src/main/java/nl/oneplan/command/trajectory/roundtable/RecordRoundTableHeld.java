package nl.oneplan.command.trajectory.roundtable;

import nl.oneplan.command.trajectory.InputChecks;
import java.util.ArrayList;
import nl.oneplan.events.GoalReview;
import nl.oneplan.events.PartAttendance;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record RecordRoundTableHeld(@TargetAggregateIdentifier UUID trajectoryId, int roundTableNumber,
                                   LocalDate heldOn, List<PartAttendance> attendance, List<GoalReview> goalReviews,
                                   List<NewAgreement> agreements) {

    public RecordRoundTableHeld {
        InputChecks in = new InputChecks();
        in.present(heldOn, "heldOn");
        if (attendance != null) {
            attendance.forEach(part -> in.present(part, "attendance"));
        }
        List<GoalReview> reviews = new ArrayList<>();
        for (GoalReview review : goalReviews == null ? List.<GoalReview>of() : goalReviews) {
            if (in.present(review, "goalReviews") != null) {
                in.present(review.outcome(), "goalReviews.outcome");
                reviews.add(new GoalReview(review.goalNumber(), review.outcome(),
                        in.optional(review.note(), "goalReviews.note", InputChecks.DESCRIPTION)));
            }
        }
        goalReviews = List.copyOf(reviews);
        agreements = agreements == null ? List.of() : agreements;
        agreements.forEach(agreement -> in.present(agreement, "agreements"));
        in.done();
    }

    /** An agreement made at the table; it goes on the plan like any other. */
    public record NewAgreement(Integer goalNumber, UUID who, String what, LocalDate startDate,
                               LocalDate plannedEndDate) {
        public NewAgreement {
            InputChecks in = new InputChecks();
            in.present(who, "who");
            what = in.required(what, "what", InputChecks.DESCRIPTION);
            in.period(startDate, plannedEndDate);
            in.done();
        }
    }
}
