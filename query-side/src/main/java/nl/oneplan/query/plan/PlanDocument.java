package nl.oneplan.query.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plan as a PDF to hand to the family, or to a recipient as their copy: the five parts of the
 * gezinsplan, in Dutch, from the plan's JSON, so a copy's withheld parts say that they are withheld
 * (never a silent gap). Round tables, direction, indications and escalation follow when present.
 */
public final class PlanDocument {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl"));
    private static final Color BLUE = new Color(0x1d, 0x4f, 0x91);
    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD, BLUE);
    private static final Font PART = new Font(Font.HELVETICA, 13, Font.BOLD, BLUE);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font MUTED = new Font(Font.HELVETICA, 10, Font.ITALIC, Color.DARK_GRAY);

    private static final Map<String, String> ROLES = Map.of("PARENT", "ouder", "GUARDIAN", "voogd", "CHILD", "kind",
            "OTHER_HOUSEHOLD", "ander lid van het huishouden");
    private static final Map<String, String> DOMAINS = Map.of("HOUSING", "wonen",
            "WORK_INCOME_DEBTS", "werk, inkomen en schulden", "EDUCATION_AND_UPBRINGING", "opvoeding en onderwijs",
            "HEALTH_AND_PSYCHOSOCIAL", "gezondheid en psychosociaal", "ADDICTION", "verslaving",
            "DOMESTIC_VIOLENCE", "huiselijk geweld", "CRIME_AND_SAFETY", "criminaliteit en veiligheid",
            "SOCIAL_NETWORK", "sociaal netwerk", "OTHER", "anders");
    private static final Map<String, String> CATEGORIES = Map.of("CONTACT_DETAILS", "contactgegevens",
            "GOALS", "doelen", "AGREEMENTS", "afspraken", "ROUND_TABLE_MINUTES", "verslagen van rondetafels",
            "INDICATIONS", "indicaties", "DIRECTION_AND_EVALUATION", "regie en evaluatie",
            "SAFETY_CONCERNS", "zorgen over veiligheid", "PLAN_COPY", "het hele plan");

    private PlanDocument() {
    }

    /** The plan (or a copy, with its withheld markers) as PDF; {@code subtitle} says for whom and when. */
    public static byte[] render(JsonNode plan, String subtitle) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Gezinsplan " + plan.path("familyName").asText());
            document.addCreator("OnePlan");
            // On every page: that it is confidential, whose plan it is and which page.
            HeaderFooter footer = new HeaderFooter(new Phrase("Vertrouwelijk · Gezinsplan "
                    + plan.path("familyName").asText() + " · pagina ", MUTED), true);
            footer.setAlignment(Element.ALIGN_CENTER);
            footer.setBorder(Rectangle.NO_BORDER);
            document.setFooter(footer);
            document.open();
            document.add(new Paragraph("Gezinsplan " + plan.path("familyName").asText(), TITLE));
            document.add(new Paragraph(subtitle, MUTED));
            family(document, plan);
            involved(document, plan);
            goals(document, plan);
            agreements(document, plan);
            extras(document, plan);
            evaluation(document, plan);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the plan could not be written as PDF", e);
        }
        return out.toByteArray();
    }

    private static void family(Document document, JsonNode plan) throws DocumentException {
        part(document, "1. Algemene informatie gezin");
        JsonNode family = plan.path("family");
        table(document, new float[]{4, 3, 3, 2}, List.of("Naam", "Geboortedatum", "Rol", "Gezag"),
                rows(family.path("members"), member -> List.of(member.path("name").asText(),
                        date(member.path("dateOfBirth")), ROLES.getOrDefault(member.path("role").asText(), ""),
                        member.path("custody").asBoolean() ? "ja" : "nee")));
        if (family.path("address").path("withheld").asBoolean()) {
            withheld(document, family.path("address"));
        } else {
            List<String> contact = new ArrayList<>();
            for (String field : List.of("address", "placeOfResidence", "phone", "email")) {
                if (!family.path(field).isNull() && !family.path(field).isMissingNode()) {
                    contact.add(family.path(field).asText());
                }
            }
            if (!contact.isEmpty()) {
                document.add(new Paragraph(String.join(" · ", contact), TEXT));
            }
            if (family.hasNonNull("importantInformation")) {
                document.add(labelled("Belangrijke informatie: ", family.path("importantInformation").asText()));
            }
        }
    }

    private static void involved(Document document, JsonNode plan) throws DocumentException {
        part(document, "2. Betrokkenen");
        table(document, new float[]{4, 4, 3, 5}, List.of("Naam", "Organisatie of relatie", "Functie", "Bereikbaar"),
                rows(plan.path("involved"), person -> List.of(person.path("name").asText()
                                + (person.path("coordinator").asBoolean() ? " (zorgcoördinator)" : ""),
                        text(person.path("organisation"), text(person.path("relation"), "")),
                        text(person.path("function"), ""), reachable(person))));
        JsonNode coordinator = plan.path("coordinator");
        document.add(labelled("Zorgcoördinator: ", coordinator.isObject() ? coordinator.path("name").asText()
                : "nog niet gekozen"));
        JsonNode arrangement = plan.path("coordinationArrangement");
        if (arrangement.isObject()) {
            document.add(labelled("Zo werken we samen: ", text(arrangement.path("description"),
                    arrangement.path("kind").asText())));
        }
    }

    private static void goals(Document document, JsonNode plan) throws DocumentException {
        part(document, "3. Doelen");
        table(document, new float[]{1, 7, 3, 3}, List.of("Nr.", "Doel", "Leefgebied", "Stand"),
                rows(plan.path("goals"), goal -> List.of(goal.path("number").asText(), goal.path("description").asText()
                                + (goal.path("members").size() > 0 ? " (voor " + join(goal.path("members")) + ")" : ""),
                        DOMAINS.getOrDefault(goal.path("lifeDomain").asText(), ""),
                        goal.hasNonNull("achievedOn") ? "bereikt " + date(goal.path("achievedOn"))
                                : goal.path("dropped").isObject() ? "vervallen"
                                : "loopt van " + date(goal.path("startDate")) + " tot "
                                + date(goal.path("plannedEndDate")))));
    }

    private static void agreements(Document document, JsonNode plan) throws DocumentException {
        part(document, "4. Afspraken: wie doet wat");
        table(document, new float[]{1, 1, 3, 6, 4}, List.of("Nr.", "Doel", "Wie", "Wat", "Wanneer"),
                rows(plan.path("agreements"), agreement -> List.of(agreement.path("number").asText(),
                        agreement.hasNonNull("goalNumber") ? agreement.path("goalNumber").asText() : "–",
                        "COORDINATOR_WITH_FAMILY".equals(agreement.path("who").path("kind").asText())
                                ? "zorgcoördinator met het gezin" : agreement.path("who").path("name").asText(),
                        agreement.path("what").asText(),
                        agreement.hasNonNull("completedOn") ? "gedaan " + date(agreement.path("completedOn"))
                                : agreement.hasNonNull("cancellationReason") ? "geannuleerd"
                                : (agreement.hasNonNull("startDate") ? "van " + date(agreement.path("startDate")) + " "
                                : "") + (agreement.hasNonNull("plannedEndDate") ? "tot "
                                + date(agreement.path("plannedEndDate")) : "")
                                + (agreement.path("overdue").asBoolean() ? " — TE LAAT" : ""))));
    }

    private static void extras(Document document, JsonNode plan) throws DocumentException {
        JsonNode roundTables = plan.path("roundTables");
        if (roundTables.path("withheld").asBoolean() || roundTables.size() > 0) {
            part(document, "Rondetafels");
            table(document, new float[]{1, 4, 4, 3}, List.of("Nr.", "Wanneer", "Waar", "Gehouden"),
                    rows(roundTables, table -> List.of(table.path("number").asText(),
                            moment(table.path("startsAt")), table.path("place").asText(),
                            date(table.path("heldOn")))));
        }
        JsonNode indications = plan.path("indications");
        if (indications.path("withheld").asBoolean() || indications.size() > 0) {
            part(document, "Indicaties");
            table(document, new float[]{4, 4, 3}, List.of("Zorgaanbieder", "Soort zorg", "Geldig tot"),
                    rows(indications, indication -> List.of(indication.path("careProvider").asText(),
                            indication.path("kindOfCare").asText(), date(indication.path("validUntil")))));
        }
    }

    private static void evaluation(Document document, JsonNode plan) throws DocumentException {
        part(document, "5. Eindevaluatie");
        JsonNode evaluation = plan.path("finalEvaluation");
        if (evaluation.path("withheld").asBoolean()) {
            withheld(document, evaluation);
        } else if (evaluation.isObject()) {
            document.add(labelled("Gehouden met het gezin op ", date(evaluation.path("heldOn"))));
            document.add(labelled("Wat ging goed: ", evaluation.path("wentWell").asText()));
            document.add(labelled("Wat kon beter: ", evaluation.path("couldBeBetter").asText()));
        } else {
            document.add(new Paragraph("Nog niet gehouden.", MUTED));
        }
    }

    private interface Row {
        List<String> of(JsonNode item);
    }

    /** Table rows from a list; a withheld item, or a withheld list, becomes a row that says so. */
    private static List<List<String>> rows(JsonNode items, Row row) {
        List<List<String>> rows = new ArrayList<>();
        if (items.path("withheld").asBoolean()) {
            rows.add(List.of(withheldText(items)));
            return rows;
        }
        for (JsonNode item : items) {
            rows.add(item.path("withheld").asBoolean() ? List.of(withheldText(item)) : row.of(item));
        }
        return rows;
    }

    private static void table(Document document, float[] widths, List<String> headers, List<List<String>> rows)
            throws DocumentException {
        if (rows.isEmpty()) {
            document.add(new Paragraph("Nog niets vastgelegd.", MUTED));
            return;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, BOLD));
            cell.setBackgroundColor(new Color(0xf3, 0xf5, 0xf8));
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            if (row.size() == 1) {
                PdfPCell cell = new PdfPCell(new Phrase(row.get(0), MUTED));
                cell.setColspan(headers.size());
                table.addCell(cell);
            } else {
                row.forEach(value -> table.addCell(new Phrase(value, TEXT)));
            }
        }
        document.add(table);
    }

    private static void part(Document document, String title) throws DocumentException {
        Paragraph heading = new Paragraph(title, PART);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(2);
        heading.setAlignment(Element.ALIGN_LEFT);
        document.add(heading);
    }

    private static Paragraph labelled(String label, String text) {
        Paragraph paragraph = new Paragraph();
        paragraph.add(new Chunk(label, BOLD));
        paragraph.add(new Chunk(text, TEXT));
        return paragraph;
    }

    private static void withheld(Document document, JsonNode marker) throws DocumentException {
        document.add(new Paragraph(withheldText(marker), MUTED));
    }

    private static String withheldText(JsonNode marker) {
        if (marker.hasNonNull("name")) {
            return marker.path("name").asText() + " (geboortedatum en contactgegevens niet gedeeld)";
        }
        JsonNode category = marker.path("category");
        String domain = category.hasNonNull("lifeDomain")
                ? " (" + DOMAINS.getOrDefault(category.path("lifeDomain").asText(), "") + ")" : "";
        return (marker.has("number") ? marker.path("number").asText() + ". " : "")
                + "Niet gedeeld: het gezin gaf hiervoor geen toestemming ("
                + CATEGORIES.getOrDefault(category.path("type").asText(), "dit deel") + domain + ").";
    }

    private static final Map<String, String> DAYS = Map.of("MONDAY", "ma", "TUESDAY", "di", "WEDNESDAY", "wo",
            "THURSDAY", "do", "FRIDAY", "vr", "SATURDAY", "za", "SUNDAY", "zo");

    /** How to reach someone: e-mail, phone and the days they can be reached. */
    private static String reachable(JsonNode person) {
        List<String> ways = new ArrayList<>();
        for (String field : List.of("email", "phone")) {
            if (person.hasNonNull(field) && !person.path(field).asText().isBlank()) {
                ways.add(person.path(field).asText());
            }
        }
        List<String> days = new ArrayList<>();
        person.path("reachableDays").forEach(day -> days.add(DAYS.getOrDefault(day.asText(), day.asText())));
        if (!days.isEmpty()) {
            ways.add(String.join(", ", days));
        }
        return String.join(" · ", ways);
    }

    /** A moment as people write it: "10 februari 2026 14:00". */
    private static String moment(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode() || value.asText().length() < 16) {
            return date(value);
        }
        return date(value) + " " + value.asText().substring(11, 16);
    }

    private static String date(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode() || value.asText().isBlank()) {
            return "";
        }
        return DUTCH_DATE.format(LocalDate.parse(value.asText().substring(0, 10)));
    }

    private static String text(JsonNode value, String otherwise) {
        return value == null || value.isNull() || value.isMissingNode() || value.asText().isBlank() ? otherwise
                : value.asText();
    }

    private static String join(JsonNode names) {
        List<String> all = new ArrayList<>();
        names.forEach(name -> all.add(name.asText()));
        return String.join(", ", all);
    }
}
