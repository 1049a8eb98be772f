package nl.oneplan.query.plan;

import nl.oneplan.events.StandardAgreement;

import java.util.Map;

/**
 * The wording of the two standard agreements, as the gezinsplan format has them, and in English.
 * Events carry only the code; the plan, the printed plan and the timeline word it here.
 */
public final class StandardAgreementTexts {

    private static final Map<StandardAgreement, String> DUTCH = Map.of(
            StandardAgreement.FINAL_EVALUATION, "Eindevaluatie: samen met het gezin bespreken hoe de samenwerking is "
                    + "verlopen en wat het het gezin heeft opgeleverd",
            StandardAgreement.AGREE_WHO_IS_INFORMED, "Afspreken wie er verder geïnformeerd moet worden (bijv. "
                    + "huisarts, JGZ, BJZ, school) en wie wie informeert");
    private static final Map<StandardAgreement, String> ENGLISH = Map.of(
            StandardAgreement.FINAL_EVALUATION, "Final evaluation: discuss with the family how the cooperation went "
                    + "and what it brought the family",
            StandardAgreement.AGREE_WHO_IS_INFORMED, "Agree who else is to be informed (e.g. GP, youth health care, "
                    + "youth care agency, school) and who informs whom");

    private StandardAgreementTexts() {
    }

    public static String dutch(StandardAgreement standard) {
        return DUTCH.get(standard);
    }

    public static String english(StandardAgreement standard) {
        return ENGLISH.get(standard);
    }
}
