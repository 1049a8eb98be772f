package nl.oneplan.events;

import java.util.Locale;

/**
 * Why information is shared (AVG doelbinding): a code from the purpose catalogue, with a text
 * where the code is {@value #OTHER}. {@value #UNSPECIFIED} marks consents and disclosures recorded
 * before purposes were bound; it is never offered for new ones.
 */
public record Purpose(String code, String text) {

    public static final String OTHER = "OTHER";
    public static final String UNSPECIFIED = "UNSPECIFIED";
    public static final String CARE_COORDINATION = "CARE_COORDINATION";

    public static Purpose of(String code) {
        return new Purpose(code, null);
    }

    /**
     * Whether a consent given for this purpose covers sharing for {@code requested}: the same code,
     * and for "other" the same description. Recorded-before-binding matches only its own kind, so
     * old verdicts stand and new sharing needs a consent that names its purpose.
     */
    public boolean covers(Purpose requested) {
        if (requested == null || code == null || !code.equals(requested.code())) {
            return false;
        }
        return !OTHER.equals(code) || normalized(text).equals(normalized(requested.text()));
    }

    private static String normalized(String text) {
        return text == null ? "" : text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
