package nl.oneplan.rules;

import nl.oneplan.events.Purpose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The purposes for which a family can consent and information can be shared, each a code with a
 * Dutch and an English label. Configurable per deployment; it must hold
 * {@value Purpose#CARE_COORDINATION} (what reading the plan in OnePlan serves) and
 * {@value Purpose#OTHER} (with a description), and never {@value Purpose#UNSPECIFIED}.
 */
public final class PurposeCatalogue {

    /** One purpose on offer. */
    public record Entry(String code, String labelNl, String labelEn) {
    }

    /** Why a purpose was not accepted; the codes are stable. */
    public enum Problem { PURPOSE_REQUIRED, PURPOSE_UNKNOWN, PURPOSE_TEXT_REQUIRED }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    public PurposeCatalogue(List<Entry> entries) {
        for (Entry entry : entries) {
            if (entry.code() == null || !entry.code().matches("[A-Z][A-Z0-9_]{1,39}")) {
                throw new IllegalArgumentException("a purpose code is 2 to 40 capitals, digits or _: " + entry.code());
            }
            if (this.entries.containsKey(entry.code())) {
                throw new IllegalArgumentException("purpose " + entry.code() + " is in the catalogue twice");
            }
            if (blank(entry.labelNl()) || blank(entry.labelEn())) {
                throw new IllegalArgumentException("purpose " + entry.code() + " needs a Dutch and an English label");
            }
            this.entries.put(entry.code(), entry);
        }
        if (this.entries.containsKey(Purpose.UNSPECIFIED)) {
            throw new IllegalArgumentException(Purpose.UNSPECIFIED + " marks purposes recorded before binding; "
                    + "it cannot be offered");
        }
        for (String required : List.of(Purpose.CARE_COORDINATION, Purpose.OTHER)) {
            if (!this.entries.containsKey(required)) {
                throw new IllegalArgumentException("the purpose catalogue must hold " + required);
            }
        }
    }

    /** The catalogue OnePlan ships with. */
    public static PurposeCatalogue standard() {
        return new PurposeCatalogue(List.of(
                new Entry(Purpose.CARE_COORDINATION, "Zorgcoördinatie en uitvoering van het gezinsplan",
                        "Care coordination and carrying out the family plan"),
                new Entry("SCHOOL_SUPPORT", "Ondersteuning op school", "Support at school"),
                new Entry("HEALTH_CARE", "Zorg en behandeling", "Health care and treatment"),
                new Entry("SAFETY_ASSESSMENT", "Veiligheidstaxatie", "Safety assessment"),
                new Entry("REFERRAL", "Verwijzing naar hulp", "Referral to care"),
                new Entry(Purpose.OTHER, "Anders, namelijk", "Other, namely")));
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public Optional<Entry> entry(String code) {
        return Optional.ofNullable(entries.get(code));
    }

    /** What is wrong with a purpose asked for a new consent or disclosure; empty when it is fine. */
    public Optional<Problem> check(Purpose purpose) {
        if (purpose == null || blank(purpose.code())) {
            return Optional.of(Problem.PURPOSE_REQUIRED);
        }
        if (!entries.containsKey(purpose.code())) {
            return Optional.of(Problem.PURPOSE_UNKNOWN);
        }
        if (Purpose.OTHER.equals(purpose.code()) && blank(purpose.text())) {
            return Optional.of(Problem.PURPOSE_TEXT_REQUIRED);
        }
        return Optional.empty();
    }

    /** The Dutch label, with the description for "other"; an unknown or old purpose shows its code and text. */
    public String labelNl(Purpose purpose) {
        Entry entry = entries.get(purpose.code());
        String label = entry == null ? purpose.code() : entry.labelNl();
        return blank(purpose.text()) ? label : label + ": " + purpose.text().trim();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
