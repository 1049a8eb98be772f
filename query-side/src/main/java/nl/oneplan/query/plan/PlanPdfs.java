package nl.oneplan.query.plan;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.StreamSupport;

/**
 * The printed plan as a file to hand over: the whole plan for the family, or a recipient's copy,
 * each saying on its first page what it is and as of which day, and in its file name whose it is,
 * so a copy is never mistaken for the whole plan. The printed plan is Dutch, as the format is.
 */
public final class PlanPdfs {

    /** A rendered plan and the name of its file. */
    public record Pdf(byte[] document, String fileName) {
    }

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl"));

    private PlanPdfs() {
    }

    /** The whole plan (as JSON), for the family. */
    public static Pdf wholePlan(JsonNode plan, LocalDate today) {
        return new Pdf(PlanDocument.render(plan, "Het hele plan, zoals op " + DUTCH_DATE.format(today)),
                fileName(plan.path("familyName").asText(), null));
    }

    /** A recipient's copy (as JSON): what the family allows them, the rest visibly withheld. */
    public static Pdf copyFor(JsonNode copy, String recipientId, LocalDate today) {
        String name = StreamSupport.stream(copy.path("involved").spliterator(), false)
                .filter(person -> person.path("participantId").asText().equals(recipientId))
                .map(person -> person.path("name").asText()
                        + (person.hasNonNull("organisation") ? " (" + person.path("organisation").asText() + ")" : ""))
                .findFirst().orElse("");
        return new Pdf(PlanDocument.render(copy, "Kopie voor " + name + ", met wat het gezin toestaat op "
                + DUTCH_DATE.format(today)), fileName(copy.path("familyName").asText(), name));
    }

    private static String fileName(String familyName, String recipient) {
        return ("gezinsplan-" + familyName + (recipient == null ? "" : "-kopie-" + recipient))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("-+", "-")
                .replaceAll("-$", "") + ".pdf";
    }
}
