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
