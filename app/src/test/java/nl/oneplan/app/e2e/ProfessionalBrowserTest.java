package nl.oneplan.app.e2e;

import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A school professional who is involved but does not coordinate, in a real browser: their
 * caseload says what they see of the family, and opening the family shows their copy — the
 * education goal and their own agreement, every other part named as not shared — never the
 * domestic-violence goal the mother refused them.
 */
class ProfessionalBrowserTest extends PostgresIntegrationTest {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    private static final String SECRET_GOAL = "Petra en Daan wonen veilig, zonder geweld thuis";

    private String trajectoryId;

    @BeforeEach
    void aFamilyWhoseCoordinatorIsSanne() {
        BROWSER.at(port);
        Api sanne = api("sanne");
        Response opened = sanne.post("/api/trajectories", """
                {"familyName":"Jansen","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""");
        trajectoryId = opened.text("trajectoryId");
        String base = "/api/trajectories/" + trajectoryId;
        String mother = sanne.post(base + "/members", """
                {"name":"Petra Jansen","dateOfBirth":"1985-04-02","role":"PARENT","custody":true}""").text("memberId");
        String daan = sanne.post(base + "/members", """
                {"name":"Daan Jansen","dateOfBirth":"2016-09-30","role":"CHILD"}""").text("memberId");
        String teacher = sanne.post(base + "/participants", """
                {"name":"Marloes Kok","kind":"PROFESSIONAL","organisation":"Basisschool De Regenboog","userId":"marloes"}""")
                .text("participantId");
        sanne.put(base + "/coordinator", "{\"participantId\":\"" + opened.text("participantId") + "\"}");
        sanne.post(base + "/goals", """
                {"description":"Daan gaat elke dag naar school","lifeDomain":"EDUCATION_AND_UPBRINGING",
                 "memberIds":["%s"],"startDate":"2026-01-05","plannedEndDate":"2026-06-30"}""".formatted(daan));
        sanne.post(base + "/goals", """
                {"description":"%s","lifeDomain":"DOMESTIC_VIOLENCE","memberIds":["%s","%s"],
                 "startDate":"2026-01-05","plannedEndDate":"2026-06-30"}""".formatted(SECRET_GOAL, mother, daan));
        sanne.post(base + "/agreements", """
                {"goalNumber":1,"who":"%s","what":"Wekelijks gesprek met Daan","startDate":"2026-01-05",
                 "plannedEndDate":"2026-03-01"}""".formatted(teacher));
        Response consent = sanne.post(base + "/consents", """
                {"aboutMemberIds":["%s"],"givenByMemberIds":["%s"],"recipient":{"organisation":"Basisschool De Regenboog"},
                 "categories":[{"type":"GOALS","lifeDomain":"EDUCATION_AND_UPBRINGING"}],
                 "purposes":[{"code":"CARE_COORDINATION"}],"form":"VERBAL"}""".formatted(daan, mother));
        assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
        // The browser's first read waits for this last change, like the UI after its own commands.
        assertThat(sanne.get(base + "/plan", "OnePlan-Consistency-Token", consent.header("OnePlan-Consistency-Token"))
                .status()).isEqualTo(200);
    }

    @Test
    void theSchoolSeesItsCopyAndNothingTheFamilyRefusedIt() throws IOException {
        BROWSER.signIn("marloes");
        BROWSER.waitForText(By.cssSelector("table.caseload"), "Jansen");
        String caseload = BROWSER.pageText();
        assertThat(caseload).contains("Betrokken: u ziet alleen uw eigen afspraken en wat het gezin met u deelt");
        BROWSER.screenshot("professional-caseload");

        BROWSER.click(By.linkText("Jansen"));
        BROWSER.waitForText(By.tagName("h1"), "Gezinsplan Jansen");
        BROWSER.waitForText(By.tagName("main"), "Kopie voor Marloes Kok (Basisschool De Regenboog)");
        String copy = BROWSER.pageText();
        BROWSER.screenshot("professional-copy");
        // The format's tables: number, goal (for whom), life domain, period; an agreement names its goal.
        assertThat(copy).contains("1 Daan gaat elke dag naar school (Daan Jansen) Opvoeding en onderwijs "
                        + "5 januari 2026 – 30 juni 2026")
                .contains("3 1 Marloes Kok Wekelijks gesprek met Daan (uw afspraak) 5 januari 2026 – 1 maart 2026 "
                        + "te laat")
                .contains("2. Niet gedeeld: het gezin gaf hiervoor geen toestemming (Doelen).")
                .contains("Daan Jansen (geboortedatum en contactgegevens niet gedeeld)")
                .contains("Terug naar mijn gezinnen")
                .doesNotContain(SECRET_GOAL).doesNotContain("Huiselijk geweld").doesNotContain("Kopie uitgeven");
        for (String broken : new String[]{"undefined", "null", "[object", "NaN", "enum.", "print."}) {
            assertThat(copy).as("the copy shows no " + broken).doesNotContain(broken);
            assertThat(caseload).as("the caseload shows no " + broken).doesNotContain(broken);
        }
    }
}
