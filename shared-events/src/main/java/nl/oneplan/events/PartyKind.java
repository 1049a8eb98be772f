package nl.oneplan.events;

/** Whom a reference points at inside one trajectory. */
public enum PartyKind {
    /** An involved participant: a network person or a professional. */
    PARTICIPANT,
    /** A member of the family. */
    MEMBER,
    /** Whoever coordinates, together with the family; used by the standard agreements. */
    COORDINATOR_WITH_FAMILY
}
