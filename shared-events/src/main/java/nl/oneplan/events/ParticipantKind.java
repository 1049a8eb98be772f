package nl.oneplan.events;

/** Someone from the family's social network, or a professional of an organisation. */
public enum ParticipantKind {
    NETWORK, PROFESSIONAL
}
