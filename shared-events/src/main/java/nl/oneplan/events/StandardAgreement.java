package nl.oneplan.events;

/** The two agreements the gezinsplan format puts on every plan from the start. */
public enum StandardAgreement {
    /** Eindevaluatie: the coordinator and the family evaluate the cooperation together. */
    FINAL_EVALUATION("Eindevaluatie: samen met het gezin bespreken hoe de samenwerking is verlopen en wat het het gezin heeft opgeleverd"),
    /** Afspreken wie er verder geïnformeerd moet worden (GP, JGZ, BJZ, school). */
    AGREE_WHO_IS_INFORMED("Afspreken wie er verder geïnformeerd moet worden (bijv. huisarts, JGZ, BJZ, school) en wie wie informeert");

    private final String what;

    StandardAgreement(String what) {
        this.what = what;
    }

    /** The agreement's text as it stands in the format. */
    public String what() {
        return what;
    }
}
