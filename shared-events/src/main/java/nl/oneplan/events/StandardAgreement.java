package nl.oneplan.events;

/**
 * The two agreements on every plan (the gezinsplan format's standard agreements); a code only,
 * worded by whoever shows them.
 */
public enum StandardAgreement {
    /** Eindevaluatie: the coordinator and the family evaluate the cooperation together. */
    FINAL_EVALUATION,
    /** Afspreken wie er verder geïnformeerd moet worden (GP, JGZ, BJZ, school) en wie wie informeert. */
    AGREE_WHO_IS_INFORMED
}
