package nl.oneplan.app.e2e;

import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused form never looks like a dead button: the message stands where the problem is, the
 * page scrolls there and the keyboard lands in it, also for a group of tick boxes; a missing
 * signature names whose it is and why; the final evaluation's member group says what it needs.
 */
class FormErrorsBrowserTest extends PostgresIntegrationTest {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    private String family;

    @BeforeEach
    void aFamilyWithAThirteenYearOld() {
        BROWSER.at(port);
        Api sanne = api("sanne");
        Response opened = sanne.post("/api/trajectories", """
                {"familyName":"El Idrissi","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""");
        family = opened.text("trajectoryId");
        String base = "/api/trajectories/" + family;
        sanne.put(base + "/coordinator", "{\"participantId\":\"" + opened.text("participantId") + "\"}");
        sanne.post(base + "/members", """
                {"name":"Samira El Idrissi","dateOfBirth":"1984-02-02","role":"PARENT","custody":true}""");
        sanne.post(base + "/members", """
                {"name":"Yusuf El Idrissi","dateOfBirth":"2013-05-05","role":"CHILD"}""");
        sanne.post(base + "/participants", """
                {"name":"Marloes Kok","kind":"PROFESSIONAL","organisation":"Basisschool De Regenboog"}""");
        Response proposed = sanne.post(base + "/closure-proposal",
                "{\"reason\":\"SELF_RELIANT\",\"proposedOn\":\"2026-03-01\"}");
        // The forms read the plan: it holds all of the above before the browser opens them.
        assertThat(sanne.get(base + "/plan", "OnePlan-Consistency-Token", proposed.header("OnePlan-Consistency-Token"))
                .body().path("family").path("members")).hasSize(2);
        BROWSER.signIn("sanne");
    }

    private String focusedInside() {
        return String.valueOf(((JavascriptExecutor) BROWSER.driver()).executeScript(
                "const f = document.activeElement.closest('fieldset, .field'); return f ? f.id || f.textContent : ''"));
    }

    private String focusedId() {
        return String.valueOf(((JavascriptExecutor) BROWSER.driver()).executeScript("return document.activeElement.id"));
    }

    private boolean inView(String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) BROWSER.driver()).executeScript(
                "const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                        + " return r.top >= 0 && r.bottom <= window.innerHeight;", id));
    }

    @Test
    void aMissingSignatureSaysWhoseAndTheKeyboardLandsInTheSigners() {
        BROWSER.open("#/families/" + family + "/do/giveConsent");
        BROWSER.tick("giveConsent-aboutMemberIds", "Yusuf El Idrissi");
        new Select(BROWSER.byId("giveConsent-recipient")).selectByVisibleText("Marloes Kok (Basisschool De Regenboog)");
        BROWSER.tick("giveConsent-categories", "Doelen");
        BROWSER.tick("giveConsent-purposes", "Zorgcoördinatie");
        BROWSER.tick("giveConsent-givenByMemberIds", "Samira El Idrissi");
        BROWSER.click(By.cssSelector("form[data-form=giveConsent] button[type=submit]"));

        BROWSER.waitForText(By.id("giveConsent-givenByMemberIds-error"),
                "Yusuf El Idrissi (13) moet zelf ook toestemming geven");
        assertThat(BROWSER.find(By.id("giveConsent-givenByMemberIds-error")).getText())
                .startsWith("De handtekening ontbreekt.")
                .contains("van 12 tot 16 jaar beslissen het kind en een ouder of voogd met gezag samen");
        assertThat(focusedInside()).isEqualTo("giveConsent-givenByMemberIds");
        assertThat(inView("giveConsent-givenByMemberIds-error")).isTrue();
    }

    @Test
    void theFinalEvaluationAsksWhoTookPartAndShowsWhereWhenNobodyIsTicked() {
        BROWSER.open("#/families/" + family + "/do/finalEvaluation");
        assertThat(BROWSER.find(By.id("finalEvaluation-memberIds")).getText())
                .contains("Wie van het gezin deed mee aan de eindevaluatie").doesNotContain("het hele gezin");
        BROWSER.type("finalEvaluation-wentWell", "Eén plan");
        BROWSER.type("finalEvaluation-couldBeBetter", "Eerder beginnen");
        BROWSER.click(By.cssSelector("form[data-form=finalEvaluation] button[type=submit]"));

        BROWSER.waitForText(By.id("finalEvaluation-memberIds-error"), "Vink er minstens één aan.");
        assertThat(focusedInside()).isEqualTo("finalEvaluation-memberIds");
        assertThat(inView("finalEvaluation-memberIds-error")).isTrue();
    }

    @Test
    void everyFieldThatIsWrongIsMarkedAtOnceAndTheKeyboardLandsInTheFirst() throws java.io.IOException {
        // Left empty: the form itself marks every required field.
        BROWSER.open("#/families/new");
        BROWSER.find(By.id("open-startDate")).clear();
        BROWSER.click(By.cssSelector("form[data-form=open] button[type=submit]"));
        BROWSER.waitForText(By.id("open-familyName-error"), "Vul dit veld in.");
        assertThat(BROWSER.find(By.id("open-municipality-error")).getText()).isEqualTo("Vul dit veld in.");
        assertThat(BROWSER.find(By.id("open-startDate-error")).getText()).isEqualTo("Vul dit veld in.");
        assertThat(focusedId()).isEqualTo("open-familyName");

        // Wrong in ways only the server knows: it names all three, each next to its field.
        BROWSER.open("#/families/" + family + "/do/participant");
        BROWSER.type("participant-name", "Jan Smit");
        BROWSER.type("participant-email", "geen-adres");
        BROWSER.type("participant-phone", "bel maar");
        BROWSER.click(By.cssSelector("form[data-form=participant] button[type=submit]"));
        BROWSER.waitForText(By.id("participant-email-error"), "Dit is geen geldig e-mailadres.");
        assertThat(BROWSER.find(By.id("participant-phone-error")).getText())
                .isEqualTo("Alleen cijfers, spaties, +, - en haakjes.");
        assertThat(BROWSER.find(By.id("participant-organisation-error")).getText())
                .isEqualTo("Een professional heeft een organisatie.");
        assertThat(focusedId()).isEqualTo("participant-email");
        BROWSER.screenshot("participant-form-every-error");
    }
}
