package nl.oneplan.app.e2e;

import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator's day in a real browser (headless Chromium) against the running app on
 * PostgreSQL: sign in, register a family, add members and a professional, choose the coordinator,
 * set a goal and make an agreement, see it all on the family page in the shape of the gezinsplan,
 * and get a Dutch message next to the field when the API refuses something, with the input kept.
 */
class CoordinatorBrowserTest extends PostgresIntegrationTest {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @BeforeEach
    void atTheApp() {
        BROWSER.at(port);
    }

    @Test
    void aCoordinatorRegistersAFamilyAndBuildsItsPlan() {
        BROWSER.signIn("sanne");
        assertThat(BROWSER.find(By.tagName("h1")).getText()).isEqualTo("Mijn gezinnen");

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
        BROWSER.click(By.xpath("//fieldset[@id='goal-memberIds']//label[contains(., 'Daan Jansen')]/input"));
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

        // Consent: the parent allows the school Daan's education goals and agreements, nothing else.
        BROWSER.click(By.cssSelector("[data-action=giveConsent]"));
        BROWSER.click(By.xpath("//fieldset[@id='giveConsent-aboutMemberIds']//label[contains(., 'Daan Jansen')]/input"));
        BROWSER.choose("giveConsent-recipient", "Marloes Kok (Basisschool De Regenboog)");
        BROWSER.click(By.xpath("//fieldset[@id='giveConsent-categories']//label[contains(., 'Doelen')]/input"));
        BROWSER.click(By.xpath("//fieldset[@id='giveConsent-categories']//label[contains(., 'Afspraken')]/input"));
        BROWSER.choose("giveConsent-lifeDomain", "Opvoeding en onderwijs");
        BROWSER.type("giveConsent-purpose", "Samenwerking met school rond Daan");
        BROWSER.click(By.xpath("//fieldset[@id='giveConsent-givenByMemberIds']//label[contains(., 'Petra Jansen')]/input"));
        BROWSER.click(By.cssSelector("form[data-form=giveConsent] button[type=submit]"));
        BROWSER.waitForText(By.id("section-consent"), "Marloes Kok (Basisschool De Regenboog)");
        assertThat(BROWSER.find(By.cssSelector("#section-consent tbody")).getText())
                .contains("Daan Jansen").contains("toestemming (Opvoeding en onderwijs)");

        // Sharing what is not covered is refused, with exactly what is missing.
        BROWSER.click(By.cssSelector("[data-action=share]"));
        BROWSER.choose("share-recipient", "Marloes Kok (Basisschool De Regenboog)");
        BROWSER.click(By.xpath("//fieldset[@id='share-aboutMemberIds']//label[contains(., 'Petra Jansen')]/input"));
        BROWSER.click(By.xpath("//fieldset[@id='share-categories']//label[contains(., 'Contactgegevens')]/input"));
        BROWSER.type("share-purpose", "Adres voor de schoolarts");
        BROWSER.choose("share-channel", "E-mail");
        BROWSER.click(By.cssSelector("form[data-form=share] button[type=submit]"));
        BROWSER.waitForText(By.id("share-error"), "geen toestemming voor Contactgegevens over Petra Jansen");
        BROWSER.click(By.linkText("Annuleren"));

        // The school's copy: the education goal and its agreement, the rest visibly withheld.
        BROWSER.click(By.cssSelector("[data-action=print]"));
        BROWSER.choose("copy-recipient", "Marloes Kok (Basisschool De Regenboog)");
        BROWSER.waitForText(By.cssSelector(".plan-document"), "Kopie voor Marloes Kok");
        String copy = BROWSER.find(By.cssSelector(".plan-document")).getText();
        assertThat(copy).contains("Daan gaat weer elke dag naar school")
                .contains("Wekelijks kort contact met moeder")
                .contains("Niet gedeeld: het gezin gaf geen toestemming voor Contactgegevens.")
                .doesNotContain("1985");
        BROWSER.click(By.id("issue-copy"));
        BROWSER.waitForText(By.cssSelector("[role=status]"), "De kopie voor Marloes Kok is vastgelegd als gedeeld.");
        BROWSER.click(By.linkText("Terug naar het gezinsplan"));
        BROWSER.waitForText(By.id("section-timeline"), "Gedeeld met Marloes Kok");
        assertThat(BROWSER.find(By.id("section-timeline")).getText()).contains("Delen met Marloes Kok geweigerd");

        // The caseload now lists the family the coordinator coordinates.
        BROWSER.click(By.linkText("Mijn gezinnen"));
        BROWSER.waitForText(By.cssSelector("table.caseload"), "Jansen");
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
        BROWSER.waitForText(By.cssSelector("form[data-form=member] h2"), "Add a family member");
        BROWSER.click(By.cssSelector("header .language button[lang=nl]"));
        BROWSER.waitForText(By.cssSelector("form[data-form=member] h2"), "Gezinslid toevoegen");
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
}
