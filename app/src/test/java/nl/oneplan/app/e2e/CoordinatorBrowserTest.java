package nl.oneplan.app.e2e;

import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI in a real browser (headless Chromium) against the running app on PostgreSQL: a
 * coordinator registers a family, adds members and a professional, sets a goal and an agreement,
 * gives the school consent for education goals, is refused sharing what is not covered, issues
 * the school's copy with the rest withheld and closes with a final evaluation; the privacy officer
 * finds the copy in the ledger and no consent as of a moment before it; the analyst sees the
 * family in the reports and rebuilds them with a progress bar. And a refused command shows its
 * Dutch reason next to the field, with the input kept.
 */
@TestPropertySource(properties = "oneplan.reports.minimum-cell=1")
class CoordinatorBrowserTest extends PostgresIntegrationTest {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @BeforeEach
    void atTheApp() {
        BROWSER.at(port);
    }

    @Test
    void aFamilysPlanFromRegistrationToClosureSeenByThePrivacyOfficerAndTheAnalyst() throws IOException {
        BROWSER.signIn("sanne");
        BROWSER.waitForText(By.tagName("h1"), "Mijn gezinnen");

        BROWSER.click(By.linkText("Nieuw gezin"));
        BROWSER.type("open-familyName", "Jansen");
        BROWSER.type("open-municipality", "Gouda");
        BROWSER.choose("open-route", "School");
        BROWSER.type("open-agency", "Basisschool De Regenboog");
        BROWSER.click(By.cssSelector("form[data-form=open] button[type=submit]"));
        BROWSER.waitForText(By.tagName("h1"), "Gezinsplan Jansen");

        addMember("Petra Jansen", "1985-04-02", "Ouder", true);
        addMember("Daan Jansen", "2016-09-12", "Kind", false);
        BROWSER.waitForText(By.cssSelector("[data-table=members]"), "Daan Jansen");

        BROWSER.click(By.cssSelector("[data-action=participant]"));
        BROWSER.type("participant-name", "Marloes Kok");
        BROWSER.choose("participant-kind", "Professional");
        BROWSER.type("participant-organisation", "Basisschool De Regenboog");
        BROWSER.type("participant-function", "intern begeleider");
        BROWSER.click(By.cssSelector("form[data-form=participant] button[type=submit]"));
        BROWSER.waitForText(By.cssSelector("[data-table=involved]"), "Marloes Kok");

        BROWSER.click(By.cssSelector("[data-action=coordinator]"));
        BROWSER.choose("coordinator-who", "Sanne de Vries (CJG Gouda)");
        BROWSER.click(By.cssSelector("form[data-form=coordinator] button[type=submit]"));
        BROWSER.waitForText(By.id("section-involved"), "Zorgcoördinator: Sanne de Vries");

        BROWSER.click(By.cssSelector("[data-action=goal]"));
        BROWSER.type("goal-description", "Daan gaat weer elke dag naar school");
        BROWSER.choose("goal-lifeDomain", "Opvoeding en onderwijs");
        BROWSER.tick("goal-memberIds", "Daan Jansen");
        BROWSER.choose("goal-formulatedBy", "Samen");
        BROWSER.date("goal-plannedEndDate", LocalDate.now().plusMonths(4).toString());
        BROWSER.click(By.cssSelector("form[data-form=goal] button[type=submit]"));
        BROWSER.waitForText(By.cssSelector("[data-table=goals]"), "Daan gaat weer elke dag naar school");

        BROWSER.click(By.cssSelector("[data-action=agreement]"));
        BROWSER.choose("agreement-goalNumber", "1. Daan gaat weer elke dag naar school");
        BROWSER.choose("agreement-who", "Marloes Kok (Basisschool De Regenboog)");
        BROWSER.type("agreement-what", "Wekelijks kort contact met moeder over hoe het gaat");
        BROWSER.date("agreement-plannedEndDate", LocalDate.now().plusMonths(2).toString());
        BROWSER.click(By.cssSelector("form[data-form=agreement] button[type=submit]"));
        BROWSER.waitForText(By.cssSelector("[data-table=agreements]"), "Wekelijks kort contact met moeder");

        WebElement agreements = BROWSER.find(By.cssSelector("[data-table=agreements]"));
        assertThat(agreements.getText()).contains("Marloes Kok").contains("zorgcoördinator met het gezin");
        assertThat(BROWSER.find(By.cssSelector("[data-table=goals]")).getText()).contains("Opvoeding en onderwijs");
        assertThat(BROWSER.find(By.cssSelector("#section-timeline")).getText())
                .contains("Sanne de Vries (CJG Gouda)");

        // A round table: the family invites the school to its part about Daan; held today, everyone came.
        BROWSER.click(By.cssSelector("[data-action=scheduleRoundTable]"));
        BROWSER.date("scheduleRoundTable-startsAt", LocalDate.now() + "T09:30");
        BROWSER.type("scheduleRoundTable-place", "CJG Gouda");
        BROWSER.find(By.cssSelector("fieldset[data-part='0'] input[name=topic]")).sendKeys("School van Daan");
        BROWSER.click(By.xpath("//fieldset[@data-part='0']//label[contains(., 'Petra Jansen')]/input"));
        BROWSER.click(By.xpath("//fieldset[@data-part='0']//label[contains(., 'Marloes Kok')]/input"));
        BROWSER.click(By.cssSelector("form[data-form=scheduleRoundTable] button[type=submit]"));
        BROWSER.waitForText(By.cssSelector("[data-table=round-tables]"), "CJG Gouda");
        BROWSER.click(By.cssSelector("[data-action=holdRoundTable]"));
        BROWSER.choose("holdRoundTable-roundTableNumber", BROWSER.find(By.cssSelector(
                "#holdRoundTable-roundTableNumber option[value='1']")).getText());
        // Who was invited, by name, ticked as present (by id: two people may share a name).
        assertThat(BROWSER.find(By.cssSelector(".attendance [data-round-table='1'] [data-part='0']")).getText())
                .contains("School van Daan").contains("Petra Jansen").contains("Marloes Kok");
        new org.openqa.selenium.support.ui.Select(BROWSER.find(By.cssSelector(
                ".review[data-goal='1'] select"))).selectByVisibleText("Bereikt");
        BROWSER.click(By.cssSelector("form[data-form=holdRoundTable] button[type=submit]"));
        BROWSER.waitForText(By.id("section-timeline"), "Rondetafeloverleg 1 gehouden");
        BROWSER.waitForText(By.cssSelector("[data-table=goals]"), "bereikt");
        submit("draftMinutes", () -> {
            BROWSER.choose("draftMinutes-roundTableNumber", BROWSER.find(By.cssSelector(
                    "#draftMinutes-roundTableNumber option[value='1']")).getText());
            BROWSER.type("draftMinutes-text", "Daan vertelde zelf hoe het op school gaat.");
        });
        submit("minutesToFamily", () -> BROWSER.choose("minutesToFamily-roundTableNumber", BROWSER.find(
                By.cssSelector("#minutesToFamily-roundTableNumber option[value='1']")).getText()));
        BROWSER.waitForText(By.cssSelector("[data-table=round-tables]"), "bij het gezin");

        // The consent form starts consent at the current minute; a minute before that, none was in force.
        LocalDateTime beforeConsent = LocalDateTime.now().withSecond(0).withNano(0).minusMinutes(1);
        // Consent: the parent allows the school Daan's education goals and agreements, nothing else.
        BROWSER.click(By.cssSelector("[data-action=giveConsent]"));
        BROWSER.tick("giveConsent-aboutMemberIds", "Daan Jansen");
        BROWSER.choose("giveConsent-recipient", "Marloes Kok (Basisschool De Regenboog)");
        BROWSER.tick("giveConsent-categories", "Doelen");
        BROWSER.tick("giveConsent-categories", "Afspraken");
        BROWSER.choose("giveConsent-lifeDomain", "Opvoeding en onderwijs");
        BROWSER.tick("giveConsent-purposes", "Zorgcoördinatie en uitvoering van het gezinsplan");
        BROWSER.tick("giveConsent-givenByMemberIds", "Petra Jansen");
        BROWSER.click(By.cssSelector("form[data-form=giveConsent] button[type=submit]"));
        BROWSER.waitForText(By.id("section-consent"), "Marloes Kok (Basisschool De Regenboog)");
        assertThat(BROWSER.find(By.cssSelector("#section-consent tbody")).getText())
                .contains("Daan Jansen").contains("toestemming (Opvoeding en onderwijs)");

        // Sharing what is not covered is refused, with exactly what is missing.
        BROWSER.click(By.cssSelector("[data-action=share]"));
        BROWSER.choose("share-recipient", "Marloes Kok (Basisschool De Regenboog)");
        BROWSER.tick("share-aboutMemberIds", "Petra Jansen");
        BROWSER.tick("share-categories", "Contactgegevens");
        BROWSER.choose("share-purpose", "Zorgcoördinatie en uitvoering van het gezinsplan");
        BROWSER.choose("share-channel", "E-mail");
        BROWSER.click(By.cssSelector("form[data-form=share] button[type=submit]"));
        BROWSER.waitForText(By.id("share-error"), "geen toestemming voor Contactgegevens over Petra Jansen");
        BROWSER.click(By.linkText("Annuleren"));

        // Without consent only on a statutory ground, with who decided and why.
        submit("shareOnStatutoryGround", () -> {
            BROWSER.choose("shareOnStatutoryGround-recipient", "Marloes Kok (Basisschool De Regenboog)");
            BROWSER.tick("shareOnStatutoryGround-aboutMemberIds", "Daan Jansen");
            BROWSER.tick("shareOnStatutoryGround-categories", "Zorgen over veiligheid");
            BROWSER.choose("shareOnStatutoryGround-purpose", "Veiligheidstaxatie");
            BROWSER.choose("shareOnStatutoryGround-channel", "Telefoon");
            BROWSER.type("shareOnStatutoryGround-code", "MELDCODE");
            BROWSER.type("shareOnStatutoryGround-justification", "Stap 2 van de meldcode: overleg met school");
            BROWSER.type("shareOnStatutoryGround-decidedBy", "Sanne de Vries");
            BROWSER.type("shareOnStatutoryGround-familyNotInformedReason", "Eerst veiligheid van Daan");
        });
        BROWSER.waitForText(By.id("section-timeline"), "op wettelijke grondslag MELDCODE");

        // The school's copy: the education goal and its agreement, the rest visibly withheld.
        BROWSER.click(By.cssSelector("[data-action=print]"));
        BROWSER.choose("copy-recipient", "Marloes Kok (Basisschool De Regenboog)");
        BROWSER.waitForText(By.cssSelector(".plan-document"), "Kopie voor Marloes Kok");
        String copy = BROWSER.find(By.cssSelector(".plan-document")).getText();
        assertThat(copy).contains("Daan gaat weer elke dag naar school")
                .contains("Wekelijks kort contact met moeder")
                .contains("Niet gedeeld: het gezin gaf hiervoor geen toestemming (Contactgegevens).")
                .doesNotContain("1985");
        BROWSER.click(By.id("download-pdf"));
        assertThat(Files.readAllBytes(BROWSER.downloaded(
                "gezinsplan-jansen-kopie-marloes-kok-basisschool-de-regenboog.pdf"))).startsWith(
                "%PDF".getBytes(StandardCharsets.US_ASCII));
        BROWSER.screenshot("coordinator-copy");
        noRawValues("the copy page", BROWSER.pageText());
        // The server decides what the copy holds; a second click issues nothing new.
        BROWSER.click(By.id("issue-copy"));
        BROWSER.waitForText(By.cssSelector("[role=status]"),
                "De kopie voor Marloes Kok is uitgegeven en vastgelegd als gedeeld (2 onderdelen).");
        BROWSER.click(By.id("issue-copy"));
        BROWSER.waitForText(By.cssSelector("[role=status]"),
                "Deze kopie voor Marloes Kok was al uitgegeven; er is niets opnieuw vastgelegd.");
        // The family consented for care coordination only: for school support the copy holds nothing of it.
        BROWSER.choose("copy-purpose", "Ondersteuning op school");
        BROWSER.waitForText(By.cssSelector(".plan-document"),
                "1. Niet gedeeld: het gezin gaf hiervoor geen toestemming (Doelen).");
        assertThat(BROWSER.find(By.cssSelector(".plan-document")).getText())
                .doesNotContain("Daan gaat weer elke dag naar school");
        BROWSER.click(By.linkText("Terug naar het gezinsplan"));
        BROWSER.waitForText(By.id("section-timeline"), "Gedeeld met Marloes Kok");
        assertThat(BROWSER.find(By.id("section-timeline")).getText()).contains("Delen met Marloes Kok geweigerd");

        // The caseload now lists the family the coordinator coordinates.
        BROWSER.click(By.linkText("Mijn gezinnen"));
        BROWSER.waitForText(By.cssSelector("table.caseload"), "Jansen");

        // Closing with the family: proposal, final evaluation, who was informed, closure.
        BROWSER.click(By.linkText("Jansen"));
        BROWSER.click(By.cssSelector("[data-action=closureProposal]"));
        BROWSER.choose("closureProposal-reason", "Doelen bereikt");
        BROWSER.click(By.cssSelector("form[data-form=closureProposal] button[type=submit]"));
        BROWSER.click(By.cssSelector("[data-action=finalEvaluation]"));
        BROWSER.tick("finalEvaluation-memberIds", "Petra Jansen");
        BROWSER.type("finalEvaluation-wentWell", "Daan gaat weer met plezier naar school");
        BROWSER.type("finalEvaluation-couldBeBetter", "Eerder de school erbij betrekken");
        BROWSER.click(By.id("finalEvaluation-familyJudgesEnough"));
        BROWSER.click(By.cssSelector("form[data-form=finalEvaluation] button[type=submit]"));
        BROWSER.waitForText(By.id("section-closure"), "Eindevaluatie met het gezin gehouden op");
        BROWSER.click(By.cssSelector("[data-action=closureInformation]"));
        BROWSER.type("closureInformation-party", "huisarts");
        BROWSER.choose("closureInformation-informedBy", "Sanne de Vries (CJG Gouda)");
        BROWSER.click(By.cssSelector("form[data-form=closureInformation] button[type=submit]"));
        BROWSER.click(By.cssSelector("[data-action=closure]"));
        BROWSER.click(By.cssSelector("form[data-form=closure] button[type=submit]"));
        BROWSER.waitForText(By.cssSelector("[data-status]"), "Afgesloten");
        BROWSER.signOut();

        // The privacy officer finds the copy in the ledger, and no consent as of a moment before it.
        BROWSER.signIn("pieter");
        // Across families the ledger lists each entry with its outcome and recipient, never a raw key.
        BROWSER.waitForText(By.id("ledger-results"), "gedeeld met toestemming");
        String acrossFamilies = BROWSER.find(By.id("ledger-results")).getText();
        assertThat(acrossFamilies).contains("Zorgcoördinatie en uitvoering van het gezinsplan")
                .contains("Veiligheidstaxatie").contains("Kopie van het plan");
        noRawValues("the privacy officer's start", acrossFamilies);
        BROWSER.click(By.linkText("Jansen"));
        BROWSER.waitForText(By.cssSelector("[data-table=ledger]"), "gedeeld met toestemming");
        String ledger = BROWSER.find(By.cssSelector("[data-table=ledger]")).getText();
        assertThat(ledger.split("gedeeld met toestemming", -1)).as("the copy once in the ledger").hasSize(2);
        assertThat(ledger).contains("Zorgcoördinatie en uitvoering van het gezinsplan").contains("Veiligheidstaxatie");
        // What the family consented to: who signed, for whom, what, why and how.
        String register = BROWSER.find(By.cssSelector("[data-table=consent-register]")).getText();
        assertThat(register).contains("geldt").contains("Daan Jansen").contains("Petra Jansen")
                .contains("Marloes Kok (Basisschool De Regenboog)").contains("Doelen (Opvoeding en onderwijs)")
                .contains("Zorgcoördinatie en uitvoering van het gezinsplan").contains("Mondeling")
                .contains("Sanne de Vries");
        assertThat(ledger)
                .contains("geweigerd: niet gedekt").contains("Doelen (Opvoeding en onderwijs)")
                .contains("Marloes Kok (Basisschool De Regenboog)")
                .contains("gedeeld op wettelijke grond (MELDCODE)");
        BROWSER.waitForText(By.id("consent-state"), "toestemming");
        assertThat(BROWSER.find(By.id("consent-state")).getText()).contains("Daan Jansen");
        BROWSER.date("consent-asOf", beforeConsent.toString());
        BROWSER.click(By.cssSelector("#section-consent-asof button[type=submit]"));
        BROWSER.waitForText(By.id("consent-state"), "Geen toestemming of weigering van kracht.");
        BROWSER.screenshot("privacy-family");
        String privacyPage = BROWSER.pageText();
        // The access log names views and grounds in words.
        assertThat(privacyPage).contains("een kopie voor een ontvanger").contains("als zorgcoördinator");
        noRawValues("the privacy officer's family page", privacyPage);
        BROWSER.click(By.xpath("//section[@id='section-ledger']//button"));
        assertThat(Files.readString(BROWSER.downloaded("verstrekkingen.csv")))
                .contains("SHARED_UNDER_CONSENT");
        BROWSER.signOut();

        // The analyst sees the family in the reports of this year, month and quarter (whole calendar
        // periods only, no free dates), and rebuilds them with a live progress bar.
        BROWSER.signIn("fatima");
        LocalDate today = LocalDate.now();
        BROWSER.waitForText(By.cssSelector("[data-table=report]"), "School");
        assertThat(BROWSER.find(By.id("report-heading")).getText())
                .isEqualTo("Aanmeldingen en afsluitingen per route — " + today.getYear());
        assertThat(BROWSER.pageText()).contains("Alleen hele maanden, kwartalen en jaren");
        assertThat(BROWSER.driver().findElement(By.id("report-month")).isDisplayed()).isFalse();
        assertThat(BROWSER.unlabelledFields()).isEmpty();
        BROWSER.choose("report-name", "Afsluitingen met en zonder eindevaluatie");
        BROWSER.choose("report-period-type", "Maand");
        String month = today.getMonth().getDisplayName(TextStyle.FULL, DUTCH);
        BROWSER.choose("report-month", month);
        BROWSER.click(By.cssSelector("#main form.filters button[type=submit]"));
        BROWSER.waitForText(By.id("report-heading"), "Afsluitingen met en zonder eindevaluatie — " + month + " "
                + today.getYear());
        BROWSER.waitForText(By.cssSelector("[data-table=report]"), "Doelen bereikt");
        assertThat(BROWSER.find(By.cssSelector("svg.chart")).getAttribute("aria-label")).startsWith("Staafdiagram");
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        BROWSER.choose("report-period-type", "Kwartaal");
        assertThat(BROWSER.driver().findElement(By.id("report-month")).isDisplayed()).isFalse();
        BROWSER.choose("report-quarter", quarter + "e kwartaal (" + Month.of(quarter * 3 - 2)
                .getDisplayName(TextStyle.FULL, DUTCH) + " t/m " + Month.of(quarter * 3).getDisplayName(TextStyle.FULL,
                DUTCH) + ")");
        BROWSER.click(By.cssSelector("#main form.filters button[type=submit]"));
        BROWSER.waitForText(By.id("report-heading"), quarter + "e kwartaal " + today.getYear());
        BROWSER.click(By.xpath("//form[contains(@class,'filters')]//button[text()='Download als CSV']"));
        assertThat(Files.readString(BROWSER.downloaded("closures-" + today.getYear() + "-Q" + quarter + ".csv")))
                .startsWith("# closures " + today.getYear() + "-Q" + quarter + " (quarter, ")
                .contains("GOALS_REACHED,1,0,");
        BROWSER.click(By.linkText("Projecties"));
        BROWSER.click(By.cssSelector("[data-rebuild=trajectory-report]"));
        BROWSER.waitForText(By.cssSelector("[data-projection=trajectory-report] h3"), "klaar");
        assertThat(BROWSER.find(By.cssSelector("[data-projection=trajectory-report] progress")).getAttribute("value"))
                .isEqualTo("100");
    }

    @Test
    void aRefusedCommandShowsTheReasonInDutchNextToTheFieldAndKeepsTheInput() {
        BROWSER.signIn("sanne");
        BROWSER.click(By.linkText("Nieuw gezin"));
        BROWSER.type("open-familyName", "De Vries");
        BROWSER.type("open-municipality", "Gouda");
        BROWSER.click(By.cssSelector("form[data-form=open] button[type=submit]"));
        BROWSER.waitForText(By.tagName("h1"), "Gezinsplan De Vries");

        BROWSER.click(By.cssSelector("[data-action=member]"));
        BROWSER.type("member-name", "Noor de Vries");
        BROWSER.date("member-dateOfBirth", LocalDate.now().plusDays(3).toString());
        BROWSER.choose("member-role", "Kind");
        BROWSER.click(By.cssSelector("form[data-form=member] button[type=submit]"));

        BROWSER.waitForText(By.id("member-dateOfBirth-error"), "Deze datum ligt in de toekomst.");
        assertThat(BROWSER.byId("member-dateOfBirth").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(BROWSER.byId("member-name").getAttribute("value")).isEqualTo("Noor de Vries");

        // A required field left empty is named before anything is sent.
        BROWSER.type("member-name", " ");
        BROWSER.click(By.cssSelector("form[data-form=member] button[type=submit]"));
        BROWSER.waitForText(By.id("member-name-error"), "Vul dit veld in.");

        // English on request, from the same bundles.
        BROWSER.click(By.cssSelector("header .language button[lang=en]"));
        BROWSER.waitForText(By.cssSelector("form[data-form=member] h1"), "Add a family member");
        BROWSER.click(By.cssSelector("header .language button[lang=nl]"));
        BROWSER.waitForText(By.cssSelector("form[data-form=member] h1"), "Gezinslid toevoegen");
    }

    @Test
    void goalsAgreementsIndicationsAndEscalationsChangeThroughTheirForms() {
        BROWSER.signIn("sanne");
        BROWSER.click(By.linkText("Nieuw gezin"));
        BROWSER.type("open-familyName", "Bakker");
        BROWSER.type("open-municipality", "Gouda");
        BROWSER.click(By.cssSelector("form[data-form=open] button[type=submit]"));
        BROWSER.waitForText(By.tagName("h1"), "Gezinsplan Bakker");
        addMember("Jan Bakker", "1980-01-15", "Ouder", true);
        submit("correctMember", () -> {
            BROWSER.choose("correctMember-memberId", "Jan Bakker");
            assertThat(BROWSER.byId("correctMember-dateOfBirth").getAttribute("value")).isEqualTo("1980-01-15");
            assertThat(BROWSER.byId("correctMember-custody").isSelected()).isTrue();
            BROWSER.type("correctMember-name", "Jan de Bakker");
        });
        BROWSER.waitForText(By.cssSelector("[data-table=members]"), "Jan de Bakker");

        submit("goal", () -> {
            BROWSER.type("goal-description", "Schulden op een rij");
            BROWSER.choose("goal-lifeDomain", "Werk, inkomen en schulden");
            BROWSER.date("goal-plannedEndDate", LocalDate.now().plusMonths(6).toString());
        });
        submit("reviseGoal", () -> {
            BROWSER.choose("reviseGoal-goalNumber", "1. Schulden op een rij");
            BROWSER.type("reviseGoal-description", "Schulden op een rij en een budgetplan");
            BROWSER.date("reviseGoal-plannedEndDate", LocalDate.now().plusMonths(9).toString());
        });
        BROWSER.waitForText(By.cssSelector("[data-table=goals]"), "Schulden op een rij en een budgetplan");

        submit("agreement", () -> {
            BROWSER.choose("agreement-who", "Jan de Bakker");
            BROWSER.type("agreement-what", "Alle post openen met de buurvrouw");
            BROWSER.date("agreement-plannedEndDate", LocalDate.now().plusMonths(1).toString());
        });
        submit("rescheduleAgreement", () -> {
            BROWSER.choose("rescheduleAgreement-agreementNumber", "3. Alle post openen met de buurvrouw");
            BROWSER.date("rescheduleAgreement-plannedEndDate", LocalDate.now().plusMonths(2).toString());
            BROWSER.type("rescheduleAgreement-reason", "Buurvrouw op vakantie");
        });
        submit("cancelAgreement", () -> {
            BROWSER.choose("cancelAgreement-agreementNumber", "3. Alle post openen met de buurvrouw");
            BROWSER.type("cancelAgreement-reason", "Bewindvoerder regelt de post");
        });
        BROWSER.waitForText(By.cssSelector("[data-table=agreements]"), "geannuleerd");

        submit("indication", () -> {
            BROWSER.type("indication-careProvider", "Schuldhulp Gouda");
            BROWSER.type("indication-kindOfCare", "Budgetbegeleiding");
            BROWSER.date("indication-validUntil", LocalDate.now().plusMonths(3).toString());
        });
        submit("extendIndication", () -> {
            BROWSER.choose("extendIndication-indicationId", "Schuldhulp Gouda: Budgetbegeleiding");
            BROWSER.date("extendIndication-validUntil", LocalDate.now().plusMonths(6).toString());
        });
        BROWSER.waitForText(By.cssSelector("[data-table=indications]"), LocalDate.now().plusMonths(6).getYear() + "");

        submit("escalation", () -> {
            BROWSER.choose("escalation-to", "Teamleider");
            BROWSER.choose("escalation-reasonCode", "Geen voortgang");
            BROWSER.type("escalation-reason", "Schuldhulp start niet");
        });
        BROWSER.waitForText(By.cssSelector("[data-table=escalations]"), "Geen voortgang");
        submit("deescalate", () -> {
            BROWSER.choose("deescalate-escalationNumber", BROWSER.find(By.cssSelector(
                    "#deescalate-escalationNumber option[value='1']")).getText());
            BROWSER.type("deescalate-resolution", "Teamleider belde schuldhulp");
        });
        BROWSER.waitForText(By.cssSelector("[data-table=escalations]"), "afgeschaald");

        // A required choice left open is named next to its field before anything is sent.
        BROWSER.click(By.cssSelector("[data-action=escalation]"));
        BROWSER.choose("escalation-to", "Teamleider");
        BROWSER.type("escalation-reason", "Nog een keer");
        BROWSER.click(By.cssSelector("form[data-form=escalation] button[type=submit]"));
        BROWSER.waitForText(By.id("escalation-reasonCode-error"), "Vul dit veld in.");

        // Every form of the family page opens, with a title and a label on every field.
        BROWSER.click(By.linkText("Annuleren"));
        BROWSER.find(By.cssSelector("#section-closure a[data-action]"));
        List<String> forms = BROWSER.driver().findElements(By.cssSelector("a[data-action]")).stream()
                .map(link -> link.getAttribute("href")).filter(href -> href.contains("/do/")).toList();
        assertThat(forms).hasSizeGreaterThan(30);
        for (String form : forms) {
            BROWSER.driver().get(form);
            String key = form.substring(form.lastIndexOf('/') + 1);
            assertThat(BROWSER.find(By.cssSelector("form[data-form=" + key + "] h1")).getText()).as(key)
                    .doesNotStartWith("form.");
            assertThat(BROWSER.unlabelledFields()).as("fields without a label in " + key).isEmpty();
        }
    }

    /** Opens a command's form from the family page, fills it in and sends it, back on the family page. */
    private static void submit(String form, Runnable fill) {
        BROWSER.click(By.cssSelector("[data-action=" + form + "]"));
        BROWSER.find(By.cssSelector("form[data-form=" + form + "]"));
        assertThat(BROWSER.unlabelledFields()).as("fields without a label in " + form).isEmpty();
        fill.run();
        BROWSER.click(By.cssSelector("form[data-form=" + form + "] button[type=submit]"));
        BROWSER.find(By.cssSelector("#section-family"));
    }

    private static void addMember(String name, String dateOfBirth, String role, boolean custody) {
        BROWSER.click(By.cssSelector("[data-action=member]"));
        BROWSER.type("member-name", name);
        BROWSER.date("member-dateOfBirth", dateOfBirth);
        BROWSER.choose("member-role", role);
        if (custody) {
            BROWSER.click(By.id("member-custody"));
        }
        BROWSER.click(By.cssSelector("form[data-form=member] button[type=submit]"));
        BROWSER.waitForText(By.cssSelector("[data-table=members]"), name);
    }

    /** What a person reads holds no programming values: no null, undefined, objects or message keys. */
    private static void noRawValues(String where, String text) {
        for (String raw : new String[]{"null", "undefined", "[object", "NaN", "privacy.", "enum.", "print.",
                "consent.", "OWN_COPY", "PLAN_COPY_", "COORDINATOR;", "UNSPECIFIED"}) {
            assertThat(text).as(where + " shows no " + raw).doesNotContain(raw);
        }
    }
}
