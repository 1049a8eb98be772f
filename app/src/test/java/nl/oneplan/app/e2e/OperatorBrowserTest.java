package nl.oneplan.app.e2e;

import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One family's event cannot be projected, in a real browser: the administrator sees the parked
 * family on the projections page with the event and the error, and the coordinator reading that
 * family's plan is told it is behind — while the other families read as always.
 */
class OperatorBrowserTest extends PostgresIntegrationTest {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aParkedFamilyIsShownToTheAdministratorAndItsPlanSaysItIsBehind() throws java.io.IOException {
        BROWSER.at(port);
        Api sanne = api("sanne");
        Response opened = sanne.post("/api/trajectories", """
                {"familyName":"Geparkeerd","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""");
        String id = opened.text("trajectoryId");
        long next = jdbc.queryForObject("SELECT max(sequencenumber) + 1 FROM domainevententry "
                + "WHERE aggregateidentifier = ?", Long.class, id);
        // A goal stored as a row nobody can read.
        jdbc.update("INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, "
                        + "metadata, payload, payloadrevision, payloadtype, timestamp) VALUES (?, ?, 'FamilyTrajectory', "
                        + "?, ?, ?, '2', 'nl.oneplan.events.GoalSet', ?)", id, next, UUID.randomUUID().toString(),
                "{}".getBytes(StandardCharsets.UTF_8), "{\"goalNumber\":".getBytes(StandardCharsets.UTF_8),
                Instant.now().toString());
        sanne.post("/api/trajectories", """
                {"familyName":"Gewoon","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""");

        BROWSER.signIn("admin");
        BROWSER.open("#/projections");
        BROWSER.waitForText(By.id("dead-letters"), id);
        String page = BROWSER.find(By.id("dead-letters")).getText();
        BROWSER.screenshot("operator-dead-letters");
        for (String raw : new String[]{"null", "undefined", "[object", "projections.", "NaN"}) {
            assertThat(BROWSER.pageText()).as("the projections page shows no " + raw).doesNotContain(raw);
        }
        assertThat(page).contains("Geparkeerde gezinnen").contains("GoalSet #" + next).contains("plan-view-")
                .contains("herbouw de projectie").contains("Opnieuw proberen");
        // Retried before anything is fixed, it says so and the family stays parked.
        BROWSER.click(By.cssSelector("button[data-retry]"));
        BROWSER.waitForText(By.id("retry-outcome"), "opnieuw proberen mislukte; het gezin blijft geparkeerd");
        assertThat(BROWSER.find(By.id("dead-letters")).getText()).contains("GoalSet #" + next);
        BROWSER.signOut();

        BROWSER.signIn("sanne");
        BROWSER.click(By.linkText("Geparkeerd"));
        BROWSER.waitForText(By.id("plan-behind"), "Dit plan is bijgewerkt tot");
        assertThat(BROWSER.find(By.id("plan-behind")).getText())
                .contains("een latere wijziging kon niet worden verwerkt");
        BROWSER.click(By.linkText("Mijn gezinnen"));
        BROWSER.click(By.linkText("Gewoon"));
        BROWSER.waitForText(By.tagName("h1"), "Gezinsplan Gewoon");
        assertThat(BROWSER.pageText()).doesNotContain("Dit plan is bijgewerkt tot");
        BROWSER.signOut();

        // The row fixed, the administrator retries the family in each projection that parked it.
        jdbc.update("UPDATE domainevententry SET payload = ? WHERE aggregateidentifier = ? AND sequencenumber = ?",
                ("{\"trajectoryId\":\"" + id + "\",\"goalNumber\":1,\"description\":\"Rust in huis\","
                        + "\"lifeDomain\":\"HOUSING\",\"memberIds\":[],\"startDate\":\"2026-01-05\","
                        + "\"plannedEndDate\":\"2026-06-30\",\"formulatedBy\":null}").getBytes(StandardCharsets.UTF_8),
                id, next);
        BROWSER.signIn("admin");
        BROWSER.open("#/projections");
        BROWSER.waitForText(By.id("dead-letters"), id);
        assertThat(BROWSER.driver().findElements(By.cssSelector("button[data-retry]"))).isNotEmpty();
        // One retry covers every slot of its projection, so a row or two go per click.
        for (int clicks = 0; clicks < 8 && !BROWSER.driver().findElements(By.cssSelector("button[data-retry]"))
                .isEmpty(); clicks++) {
            int before = BROWSER.driver().findElements(By.cssSelector("button[data-retry]")).size();
            BROWSER.click(By.cssSelector("button[data-retry]"));
            BROWSER.waitForText(By.id("retry-outcome"), "is opnieuw verwerkt en niet langer geparkeerd (gebeurtenissen verwerkt: ");
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() ->
                    BROWSER.driver().findElements(By.cssSelector("button[data-retry]")).size() < before);
        }
        BROWSER.waitForText(By.id("dead-letters"), "Geen geparkeerde gezinnen");
        BROWSER.signOut();

        BROWSER.signIn("sanne");
        BROWSER.click(By.linkText("Geparkeerd"));
        BROWSER.waitForText(By.tagName("main"), "Rust in huis");
        assertThat(BROWSER.pageText()).doesNotContain("Dit plan is bijgewerkt tot");
    }
}
