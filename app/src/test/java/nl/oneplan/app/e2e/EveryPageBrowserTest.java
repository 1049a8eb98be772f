package nl.oneplan.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every page of every role, with a family that has lived through the method (members, the school
 * and an aunt, goals, an overdue agreement, a round table with minutes, consents and a refusal, an
 * escalation, an indication past its end) and one that was closed and reopened: no page shows
 * {@code null}, {@code undefined}, {@code [object …]}, {@code NaN}, a message key or an enum code,
 * none raises a console error, and axe-core finds nothing wrong with any of them.
 */
class EveryPageBrowserTest extends PostgresIntegrationTest {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern RAW = Pattern.compile("\\bnull\\b|\\bundefined\\b|\\[object [A-Za-z]+]|\\bNaN\\b");

    private String family;
    private String reopened;
    private String closed;

    private static Response ok(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        return response;
    }

    @BeforeEach
    void aFamilyThatLivedThroughTheMethod() {
        BROWSER.at(port);
        Api sanne = api("sanne");
        Response opened = ok(sanne.post("/api/trajectories", """
                {"familyName":"El Idrissi","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}"""));
        family = opened.text("trajectoryId");
        String base = "/api/trajectories/" + family;
        String sanneId = opened.text("participantId");
        String mother = ok(sanne.post(base + "/members", """
                {"name":"Samira El Idrissi","dateOfBirth":"1984-02-02","role":"PARENT","custody":true}""")).text("memberId");
        String yusuf = ok(sanne.post(base + "/members", """
                {"name":"Yusuf El Idrissi","dateOfBirth":"2013-05-05","role":"CHILD"}""")).text("memberId");
        String teacher = ok(sanne.post(base + "/participants", """
                {"name":"Marloes Kok","kind":"PROFESSIONAL","organisation":"Basisschool De Regenboog",
                 "function":"intern begeleider","email":"m.kok@regenboog.nl","phone":"0182 123456",
                 "reachableDays":["MONDAY","THURSDAY"],"userId":"marloes"}""")).text("participantId");
        String aunt = ok(sanne.post(base + "/participants", """
                {"name":"Fatma","kind":"NETWORK","networkCategory":"RELATIVES","relation":"tante"}""")).text("participantId");
        ok(sanne.put(base + "/coordinator", "{\"participantId\":\"" + sanneId + "\"}"));
        ok(sanne.put(base + "/family-contact", """
                {"address":"Kerkstraat 1","placeOfResidence":"Gouda","importantInformation":"Vader niet bellen"}"""));
        ok(sanne.post(base + "/goals", """
                {"description":"Yusuf gaat weer graag naar school","lifeDomain":"EDUCATION_AND_UPBRINGING",
                 "memberIds":["%s"],"startDate":"2026-01-05","plannedEndDate":"2026-06-30","formulatedBy":"FAMILY"}"""
                .formatted(yusuf)));
        ok(sanne.post(base + "/goals", """
                {"description":"Overzicht over de schulden","lifeDomain":"WORK_INCOME_DEBTS","memberIds":["%s"],
                 "startDate":"2026-01-05","plannedEndDate":"2027-12-31","formulatedBy":"TOGETHER"}""".formatted(mother)));
        ok(sanne.post(base + "/direction-levels", """
                {"memberId":"%s","level":"CO_DECIDER","recordedOn":"2026-01-05"}""".formatted(mother)));
        ok(sanne.post(base + "/indications", """
                {"careProvider":"Jeugdhulp Gouda","kindOfCare":"Ambulante begeleiding","validFrom":"2026-01-05",
                 "validUntil":"2026-06-30"}"""));
        ok(sanne.post(base + "/round-tables", """
                {"startsAt":"2026-02-10T14:00:00","place":"CJG Gouda","parts":[
                  {"topic":"Thuis en geld","memberIds":["%s"],"participantIds":["%s","%s"]},
                  {"topic":"School van Yusuf","memberIds":["%s","%s"],"participantIds":["%s","%s"]}]}"""
                .formatted(mother, sanneId, aunt, mother, yusuf, sanneId, teacher)));
        ok(sanne.post(base + "/round-tables/1/held", """
                {"heldOn":"2026-02-10","attendance":[{"memberIds":["%s"],"participantIds":["%s","%s"]},
                                                     {"memberIds":["%s","%s"],"participantIds":["%s","%s"]}],
                 "goalReviews":[{"goalNumber":1,"outcome":"ON_TRACK"},{"goalNumber":2,"outcome":"ADJUST",
                                 "note":"Eerst alle post openen"}],
                 "agreements":[{"goalNumber":2,"who":"%s","what":"Samen de post openen op dinsdag",
                                "startDate":"2026-02-11","plannedEndDate":"2026-03-31"}]}"""
                .formatted(mother, sanneId, aunt, mother, yusuf, sanneId, teacher, aunt)));
        ok(sanne.put(base + "/round-tables/1/minutes", "{\"text\":\"Verslag rondetafel 1\"}"));
        ok(sanne.post(base + "/round-tables/1/minutes/sent-to-family", "{\"sentOn\":\"2026-02-11\"}"));
        ok(sanne.post(base + "/round-tables/1/minutes/approval", "{\"approvedOn\":\"2026-02-12\"}"));
        ok(sanne.post(base + "/consents", """
                {"aboutMemberIds":["%s","%s"],"givenByMemberIds":["%s","%s"],"recipient":{"participantId":"%s"},
                 "categories":[{"type":"ROUND_TABLE_MINUTES"},{"type":"GOALS","lifeDomain":"EDUCATION_AND_UPBRINGING"}],
                 "purposes":[{"code":"CARE_COORDINATION"},{"code":"SCHOOL_SUPPORT"}],"form":"WRITTEN","documentReference":"Formulier 2026-02-12",
                 "validFrom":"2026-02-12T09:00:00Z"}""".formatted(mother, yusuf, mother, yusuf, teacher)));
        ok(sanne.post(base + "/denials", """
                {"aboutMemberIds":["%s"],"decidedByMemberIds":["%s"],"recipient":{"participantId":"%s"},
                 "categories":[{"type":"GOALS","lifeDomain":"WORK_INCOME_DEBTS"}]}""".formatted(mother, mother, teacher)));
        ok(sanne.post(base + "/round-tables/1/minutes/distribution", """
                {"distributedOn":"2026-02-13","recipientIds":["%s"]}""".formatted(teacher)));
        ok(sanne.post(base + "/escalations", """
                {"to":"TEAM_LEAD","reasonCode":"CARE_NOT_AVAILABLE","reason":"Schuldhulp komt niet op gang",
                 "escalatedOn":"2026-02-20"}"""));
        ok(sanne.post(base + "/safety-decisions", """
                {"decidedOn":"2026-02-21","decision":"Yusuf logeert twee weken bij zijn tante",
                 "decidedBy":"teamleider Veilig Thuis","memberIds":["%s"],"directionLevelAfter":"ADVISER",
                 "familyResponse":"Moeder gaat akkoord onder protest"}""".formatted(mother)));

        Response other = ok(sanne.post("/api/trajectories", """
                {"familyName":"De Boer","municipality":"Waddinxveen","startDate":"2026-01-12","registration":{"route":"SELF"}}"""));
        reopened = other.text("trajectoryId");
        String second = "/api/trajectories/" + reopened;
        ok(sanne.put(second + "/coordinator", "{\"participantId\":\"" + other.text("participantId") + "\"}"));
        String father = ok(sanne.post(second + "/members", """
                {"name":"Kees de Boer","dateOfBirth":"1979-07-07","role":"PARENT","custody":true}""")).text("memberId");
        ok(sanne.post(second + "/closure-proposal", "{\"reason\":\"SELF_RELIANT\",\"proposedOn\":\"2026-03-01\"}"));
        ok(sanne.post(second + "/final-evaluation", """
                {"heldOn":"2026-03-02","familyJudgesEnough":true,"memberIds":["%s"]}""".formatted(father)));
        ok(sanne.post(second + "/closure-information", "{\"note\":\"Het gezin wil niemand informeren\"}"));
        ok(sanne.post(second + "/closure", "{\"closedOn\":\"2026-03-03\"}"));
        ok(sanne.post(second + "/reopening", "{\"reopenedOn\":\"2026-05-01\",\"reason\":\"Nieuwe zorgen\"}"));
        Response finished = ok(sanne.post("/api/trajectories", """
                {"familyName":"Klaar","municipality":"Gouda","startDate":"2026-01-19","registration":{"route":"SELF"}}"""));
        closed = finished.text("trajectoryId");
        String third = "/api/trajectories/" + closed;
        ok(sanne.post(third + "/closure-proposal", "{\"reason\":\"MOVED\",\"proposedOn\":\"2026-02-01\"}"));
        ok(sanne.post(third + "/closure", "{\"closedOn\":\"2026-02-02\",\"explanation\":\"Verhuisd\"}"));
        // Readers of the cross-family ledger and the privacy officer's views leave access entries too.
        ok(api("pieter").get(base + "/access-log"));
        await().atMost(Duration.ofSeconds(20)).until(() -> api("sanne").get(third + "/plan").body()
                .path("status").asText().startsWith("CLOSED"));
        await().atMost(Duration.ofSeconds(20)).until(() -> api("sanne").get(second + "/plan").body()
                .path("status").asText().equals("OPEN") && api("sanne").get(base + "/plan").body()
                .path("escalations").size() == 1);
    }

    /** Every enum value of the API and every message key: none of them belongs on a page as such. */
    private Set<String> rawWords() throws IOException {
        Set<String> words = new LinkedHashSet<>();
        JsonNode schemas = JSON.readTree(api().anonymous().get("/v3/api-docs").raw().body()).path("components")
                .path("schemas");
        schemas.findValues("enum").forEach(values -> values.forEach(value -> {
            if (value.asText().matches("[A-Z][A-Z0-9_]{2,}")) {
                words.add(value.asText());
            }
        }));
        Iterator<String> keys = JSON.readTree(Files.readString(Path.of("src/main/resources/static/ui/messages/nl.json")))
                .fieldNames();
        keys.forEachRemaining(words::add);
        return words;
    }

    private List<String> defectsOf(String page, Set<String> rawWords) {
        List<String> defects = new ArrayList<>();
        String text = BROWSER.pageText();
        Matcher raw = RAW.matcher(text);
        while (raw.find()) {
            defects.add(page + ": shows '" + raw.group() + "' in …" + around(text, raw.start()) + "…");
        }
        for (String word : rawWords) {
            Matcher exact = Pattern.compile("(?<![\\w.-])" + Pattern.quote(word) + "(?![\\w.-])").matcher(text);
            if (exact.find()) {
                defects.add(page + ": shows the code '" + word + "' in …" + around(text, exact.start()) + "…");
            }
        }
        BROWSER.consoleErrors().forEach(error -> defects.add(page + ": console error " + error));
        BROWSER.accessibilityViolations().forEach(violation -> defects.add(page + ": axe " + violation));
        return defects;
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)).replace('\n', ' ');
    }

    private void settle() {
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("main .loading")));
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(15)).until(driver ->
                !driver.findElement(By.tagName("main")).getText().isBlank());
    }

    private List<String> visit(String role, List<String> hashes, Set<String> rawWords) {
        List<String> defects = new ArrayList<>();
        BROWSER.signIn(role);
        for (String hash : hashes) {
            BROWSER.open(hash);
            settle();
            defects.addAll(defectsOf(role + " " + hash, rawWords));
        }
        BROWSER.signOut();
        return defects;
    }

    private List<String> forms() throws IOException {
        String script = Files.readString(Path.of("src/main/resources/static/ui/forms.js"));
        Matcher form = Pattern.compile("(?m)^  (\\w+): \\{\\n    method:").matcher(script);
        List<String> names = new ArrayList<>();
        while (form.find()) {
            names.add(form.group(1));
        }
        assertThat(names).hasSizeGreaterThan(30);
        return names;
    }

    @Test
    void noPageOfAnyRoleShowsRawValuesRaisesErrorsOrFailsAccessibility() throws IOException {
        Set<String> rawWords = rawWords();
        List<String> defects = new ArrayList<>();
        List<String> coordinatorPages = new ArrayList<>(List.of("#/", "#/families/new", "#/families/" + family,
                "#/families/" + reopened, "#/families/" + closed, "#/families/" + family + "/print"));
        forms().forEach(form -> coordinatorPages.add("#/families/" + family + "/do/" + form));
        defects.addAll(visit("sanne", coordinatorPages, rawWords));
        defects.addAll(visit("marloes", List.of("#/", "#/families/" + family), rawWords));
        defects.addAll(visit("pieter", List.of("#/", "#/privacy/" + family, "#/privacy/" + reopened), rawWords));
        defects.addAll(visit("admin", List.of("#/", "#/projections"), rawWords));

        BROWSER.signIn("fatima");
        BROWSER.open("#/reports");
        settle();
        for (String report : new Select(BROWSER.byId("report-name")).getOptions().stream()
                .map(option -> option.getAttribute("value")).toList()) {
            new Select(BROWSER.byId("report-name")).selectByValue(report);
            new Select(BROWSER.byId("report-period-type")).selectByValue("YEAR");
            BROWSER.type("report-year", "2026");
            BROWSER.click(By.cssSelector("form.filters button[type=submit]"));
            BROWSER.waitForText(By.id("report-result"), "");
            await().atMost(Duration.ofSeconds(10)).until(() -> !BROWSER.find(By.id("report-result")).getText().isBlank());
            defects.addAll(defectsOf("fatima report " + report, rawWords));
        }
        BROWSER.signOut();

        assertThat(defects).as("what people would see that they should not").isEmpty();

        // What they should see: the indication that ran out without being ended says so, and the printed plan
        // has the format's tables, how to reach everyone, the late agreement and the important information.
        BROWSER.signIn("sanne");
        BROWSER.open("#/families/" + family + "/print");
        BROWSER.waitForText(By.cssSelector("[data-table=involved]"), "Marloes Kok");
        assertThat(BROWSER.find(By.cssSelector("[data-table=involved]")).getText())
                .contains("m.kok@regenboog.nl · 0182 123456 · maandag, donderdag");
        assertThat(BROWSER.find(By.cssSelector("[data-table=agreements]")).getText())
                .contains("Samen de post openen op dinsdag").contains("11 februari 2026 – 31 maart 2026")
                .contains("te laat");
        assertThat(BROWSER.find(By.cssSelector("[data-table=goals]")).getText())
                .contains("5 januari 2026 – 30 juni 2026");
        assertThat(BROWSER.find(By.cssSelector(".plan-document")).getText())
                .contains("Belangrijke informatie Vader niet bellen");
        // A closed family is reached from the coordinator's home page, and can be reopened from its plan.
        BROWSER.open("#/");
        BROWSER.click(By.linkText("Klaar"));
        BROWSER.waitForText(By.tagName("h1"), "Gezinsplan Klaar");
        assertThat(BROWSER.find(By.cssSelector("[data-status]")).getText()).isEqualTo("Afgesloten zonder eindevaluatie");
        assertThat(BROWSER.find(By.cssSelector("[data-action=reopening]")).getText()).isEqualTo("Traject heropenen");
        // The reopened family keeps its earlier end in view.
        BROWSER.open("#/families/" + reopened);
        BROWSER.waitForText(By.id("earlier-closures"), "Heropend op 1 mei 2026: Nieuwe zorgen.");
        assertThat(BROWSER.find(By.id("earlier-closures")).getText()).contains("Afgesloten op 3 maart 2026")
                .contains("Eindevaluatie met het gezin op 2 maart 2026");
        BROWSER.open("#/families/" + family);
        BROWSER.waitForText(By.cssSelector("[data-table=indications]"), "Ambulante begeleiding");
        assertThat(BROWSER.find(By.cssSelector("[data-table=indications]")).getText())
                .contains("30 juni 2026").contains("verlopen, nooit beëindigd");
        // The standard agreements are worded from their code, in the reader's language.
        assertThat(BROWSER.find(By.cssSelector("[data-table=agreements]")).getText())
                .contains("Eindevaluatie: samen met het gezin bespreken hoe de samenwerking is verlopen");
        BROWSER.click(By.cssSelector("header .language button[lang=en]"));
        BROWSER.waitForText(By.cssSelector("[data-table=agreements]"),
                "Final evaluation: discuss with the family how the cooperation went");
        BROWSER.click(By.cssSelector("header .language button[lang=nl]"));
        BROWSER.waitForText(By.cssSelector("[data-table=agreements]"), "Eindevaluatie: samen met het gezin");
        // Samira's consent for school goals and her denial for debt goals both show, each with its domain.
        assertThat(BROWSER.find(By.xpath("//table[@data-table='consent']//tr[th='Samira El Idrissi']")).getText())
                .contains("toestemming (Opvoeding en onderwijs)").contains("geweigerd (Werk, inkomen en schulden)");
        // Direction lowered by a safety decision names that decision, in the reader's language.
        assertThat(BROWSER.find(By.cssSelector("[data-table=direction]")).getText())
                .contains("Samira El Idrissi algemeen Adviseur 21 februari 2026 Door veiligheidsbesluit 1");
        assertThat(BROWSER.find(By.cssSelector("[data-table=safety-decisions]")).getText())
                .contains("1 21 februari 2026 Yusuf logeert twee weken bij zijn tante (teamleider Veilig Thuis)");
        for (String table : List.of("agreements", "direction", "safety-decisions", "consent")) {
            ((org.openqa.selenium.JavascriptExecutor) BROWSER.driver()).executeScript(
                    "arguments[0].scrollIntoView({block: 'center'})", BROWSER.find(By.cssSelector(
                            "[data-table=" + table + "]")));
            BROWSER.screenshot("family-" + table);
        }
        BROWSER.signOut();
    }
}
