package nl.oneplan.events;

/**
 * Why a trajectory was escalated (opschalen), coded so reports can count it; the free-text reason
 * beside it explains the case. {@link #NOT_RECORDED} is what escalations from before the code
 * existed read as.
 */
public enum EscalationReason {
    /** Afspraken worden niet nagekomen. */
    AGREEMENTS_NOT_KEPT,
    /** Geen voortgang op de doelen. */
    NO_PROGRESS,
    /** Benodigde zorg niet beschikbaar (wachtlijst, geen indicatie). */
    CARE_NOT_AVAILABLE,
    /** Betrokkenen worden het niet eens. */
    DISAGREEMENT,
    /** Zorgen over de veiligheid. */
    SAFETY_CONCERN,
    /** Anders. */
    OTHER,
    /** Escalated before the reason was coded. */
    NOT_RECORDED
}
