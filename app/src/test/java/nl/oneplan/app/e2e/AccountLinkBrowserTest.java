package nl.oneplan.app.e2e;

import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A coordinator links the school's teacher to her account in a real browser the way a person
 * would: by typing part of her name and choosing her from the accounts OnePlan knows, never by
 * guessing an id. The teacher then reads the family.
 */
class AccountLinkBrowserTest extends PostgresIntegrationTest {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @Test
    void aCoordinatorFindsTheTeacherByNameAndLinksHerAccount() throws IOException {
        BROWSER.at(port);
        Api sanne = api("sanne");
        Response opened = sanne.post("/api/trajectories", """
                {"familyName":"Bakker","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""");
        String id = opened.text("trajectoryId");
        Response teacher = sanne.post("/api/trajectories/" + id + "/participants", """
                {"name":"Marloes Kok","kind":"PROFESSIONAL","organisation":"Basisschool De Regenboog"}""");
        assertThat(api("marloes").get("/api/trajectories/" + id + "/plan").status()).isEqualTo(404);
        // The form reads the plan: it holds the teacher before the browser opens it.
        assertThat(sanne.get("/api/trajectories/" + id + "/plan", "OnePlan-Consistency-Token",
                teacher.header("OnePlan-Consistency-Token")).body().path("involved")).hasSize(2);

        BROWSER.signIn("sanne");
        BROWSER.open("#/families/" + id + "/do/linkAccount");
        BROWSER.choose("linkAccount-participantId", "Marloes Kok (Basisschool De Regenboog)");
        // Nobody by that name: the list says what to do.
        BROWSER.type("linkAccount-userId-search", "Jansma");
        BROWSER.waitForText(By.id("linkAccount-userId"), "Niemand gevonden voor \"Jansma\"");
        BROWSER.find(By.id("linkAccount-userId-search")).clear();
        BROWSER.type("linkAccount-userId-search", "Kok");
        BROWSER.waitForText(By.id("linkAccount-userId"), "Marloes Kok · Basisschool De Regenboog");
        assertThat(new Select(BROWSER.byId("linkAccount-userId")).getFirstSelectedOption().getText())
                .isEqualTo("Marloes Kok · Basisschool De Regenboog");
        assertThat(BROWSER.pageText()).contains("Zoek de collega (naam, e-mailadres of organisatie)")
                .contains("Alleen collega's die al eens in OnePlan zijn ingelogd staan erin");
        BROWSER.screenshot("link-account-by-name");
        BROWSER.click(By.cssSelector("form[data-form=linkAccount] button[type=submit]"));
        BROWSER.waitForUrl("#/families/" + id);

        assertThat(teacher.status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api("marloes").get("/api/trajectories/" + id + "/plan").status()).isEqualTo(200));
    }
}
