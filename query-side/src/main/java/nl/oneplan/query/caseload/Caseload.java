package nl.oneplan.query.caseload;

import nl.oneplan.events.PartyKind;
import nl.oneplan.query.access.CurrentUser;
import nl.oneplan.query.caseload.CaseloadEntry.MemberDirection;
import nl.oneplan.query.plan.PlanView;
import nl.oneplan.query.plan.PlanViewRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A coordinator's caseload: the open trajectories they coordinate, each with the facts that need
 * attention on this day. It reads the plan view (there is no separate caseload table): every fact
 * is derived from the plan's dates at the moment of asking, so nothing depends on a scheduler.
 */
@Component
public class Caseload {

    private final PlanViewRepository views;
    private final Clock clock;
    private final int indicationWarningDays;

    Caseload(PlanViewRepository views, Clock clock,
             @Value("${oneplan.indications.warning-days:30}") int indicationWarningDays) {
        this.views = views;
        this.clock = clock;
        this.indicationWarningDays = indicationWarningDays;
    }

    /** The caseload of the signed-in user; none for a caller who is not signed in. */
    public List<CaseloadEntry> mine() {
        return CurrentUser.get().map(user -> of(user.userId())).orElse(List.of());
    }

    /** The open trajectories the user coordinates, and those they are otherwise involved in. */
    public List<CaseloadEntry> of(String userId) {
        LocalDate today = LocalDate.now(clock);
        return views.involving(userId).stream()
                .filter(view -> !view.status().startsWith("CLOSED"))
                .map(view -> view.asOf(today, indicationWarningDays))
                .map(view -> view.coordinatedBy(userId) ? entry(view) : involvedEntry(userId, view))
                .sorted(Comparator.comparing(CaseloadEntry::coordinating).reversed()
                        .thenComparing(Comparator.comparingInt((CaseloadEntry entry) -> entry.attention().size())
                                .reversed())
                        .thenComparing(CaseloadEntry::roundTableDueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(CaseloadEntry::familyName, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** A family seen by someone who does not coordinate it: only the agreements they carry count. */
    private static CaseloadEntry involvedEntry(String userId, PlanView view) {
        UUID participant = view.participantOf(userId).orElse(null);
        int overdue = (int) view.agreements().stream().filter(agreement -> agreement.who() != null
                && agreement.who().kind() == PartyKind.PARTICIPANT && agreement.who().id().equals(participant)
                && Boolean.TRUE.equals(agreement.overdue())).count();
        return new CaseloadEntry(view.trajectoryId(), view.familyName(), view.municipality(), view.status(), false,
                overdue > 0 ? List.of("AGREEMENTS_OVERDUE") : List.of(), null, false, null, null, overdue, 0, 0, 0,
                0, List.of());
    }

    private static CaseloadEntry entry(PlanView view) {
        int overdueAgreements = (int) view.agreements().stream().filter(a -> Boolean.TRUE.equals(a.overdue())).count();
        int indicationsEnding = (int) view.indications().stream().filter(i -> Boolean.TRUE.equals(i.endingSoon()))
                .count();
        int openEscalations = (int) view.escalations().stream().filter(e -> e.deescalatedOn() == null).count();
        PlanView.RoundTableDue due = view.roundTableDue();
        boolean roundTableOverdue = due != null && due.overdue();

        List<String> attention = new ArrayList<>();
        if (openEscalations > 0) {
            attention.add("OPEN_ESCALATION");
        }
        if (overdueAgreements > 0) {
            attention.add("AGREEMENTS_OVERDUE");
        }
        if (roundTableOverdue) {
            attention.add("ROUND_TABLE_OVERDUE");
        }
        if (indicationsEnding > 0) {
            attention.add("INDICATION_ENDING");
        }
        if (Boolean.TRUE.equals(view.closurePendingTooLong())) {
            attention.add("CLOSURE_PENDING");
        }
        List<MemberDirection> direction = view.directionLevels().stream()
                .filter(level -> level.lifeDomain() == null)
                .map(level -> new MemberDirection(level.member(), level.level())).toList();
        int achieved = (int) view.goals().stream().filter(goal -> goal.achievedOn() != null).count();
        return new CaseloadEntry(view.trajectoryId(), view.familyName(), view.municipality(), view.status(), true,
                attention, due == null ? null : due.dueOn(), roundTableOverdue,
                due == null ? null : due.nextScheduled(), due == null ? null : due.daysSinceLast(),
                overdueAgreements, indicationsEnding, openEscalations, view.openGoals().size(), achieved,
                direction.stream().filter(Objects::nonNull).toList());
    }
}
