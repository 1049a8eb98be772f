package nl.oneplan.events;

public enum MemberRole {
    PARENT, GUARDIAN, CHILD, OTHER_HOUSEHOLD;

    /** Only parents and guardians can hold custody (gezag). */
    public boolean canHoldCustody() {
        return this == PARENT || this == GUARDIAN;
    }
}
