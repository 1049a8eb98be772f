package nl.oneplan.events;

/** Where a trajectory is escalated to: management when the plan stalls, safety bodies when safety is at stake. */
public enum EscalationLevel {
    TEAM_LEAD(false), MANAGEMENT(false), VEILIG_THUIS(true), CHILD_PROTECTION_BOARD(true);

    private final boolean safety;

    EscalationLevel(boolean safety) {
        this.safety = safety;
    }

    /** Whether this escalation is about the safety of a child rather than a stalling plan. */
    public boolean safety() {
        return safety;
    }
}
