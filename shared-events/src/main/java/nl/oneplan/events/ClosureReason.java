package nl.oneplan.events;

/**
 * Why a trajectory ends. The first two are the family's and the coordinator's choice and need a
 * final evaluation and agreement on who is informed; the others are forced on the trajectory and
 * may close without them, with an explanation.
 */
public enum ClosureReason {
    GOALS_REACHED(false),
    SELF_RELIANT(false),
    MOVED(true),
    FAMILY_WITHDRAWS(true),
    COURT_ORDERED_SUPERVISION(true),
    TRANSFERRED(true);

    private final boolean forced;

    ClosureReason(boolean forced) {
        this.forced = forced;
    }

    /** Whether the trajectory may close without a final evaluation for this reason. */
    public boolean forced() {
        return forced;
    }
}
