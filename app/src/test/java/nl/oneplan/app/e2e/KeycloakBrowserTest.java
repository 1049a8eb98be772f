package nl.oneplan.app.e2e;

import nl.oneplan.app.support.PostgresIntegrationTest;
import nl.oneplan.app.support.RealKeycloak;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Signing in and out through a real Keycloak with the project's realm file, at addresses that are
 * not the defaults (OnePlan on a random port, Keycloak on another): the one public address the
 * realm reads ({@code ONEPLAN_PUBLIC_URL}) is all it takes. After "Afmelden" the next person at the
 * same browser is asked for a password again.
 */
class KeycloakBrowserTest extends PostgresIntegrationTest {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    private static RealKeycloak keycloak;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        keycloak = RealKeycloak.oneplanRealm();
        registry.add("oneplan.security.oidc.issuer-uri", keycloak::issuerUri);
        // An expired token is refused at once, so only a renewed one gets through.
        registry.add("oneplan.security.oidc.clock-skew", () -> "PT0S");
    }

    @BeforeEach
    void keycloakKnowsWhereOnePlanIs() {
        keycloak.assumeAvailable();
        if (!keycloak.running()) {
            // OnePlan's port is known only now; the provider reads it at its first start, as a deployment would.
            keycloak.withEnvironment("ONEPLAN_PUBLIC_URL", "http://localhost:" + port).startFresh();
            // Tokens that live 10 seconds, so renewing them shows within a test.
            keycloak.updateRealm("{\"accessTokenLifespan\":10}");
        }
        BROWSER.at(port);
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.stop();
        }
    }

    private void signInAtKeycloak(String user) {
        BROWSER.click(By.id("signin-oidc"));
        BROWSER.type("username", user);
        BROWSER.type("password", "demo-" + user);
        BROWSER.click(By.id("kc-login"));
    }

    private String storedAuthorization() {
        Object session = ((JavascriptExecutor) BROWSER.driver()).executeScript(
                "return JSON.parse(sessionStorage.getItem('oneplan.session')).authorization");
        return String.valueOf(session);
    }

    @Test
    void aFormFilledInPastTheTokensLifetimeIsSavedWithARenewedToken() {
        BROWSER.open("#/signin");
        ((JavascriptExecutor) BROWSER.driver()).executeScript("sessionStorage.clear()");
        BROWSER.open("#/");
        signInAtKeycloak("ahmed");
        BROWSER.waitForText(By.cssSelector("header .who span"), "Ahmed Yilmaz");
        String first = storedAuthorization();
        BROWSER.click(By.linkText("Nieuw gezin"));
        BROWSER.type("open-familyName", "Langzaam");
        BROWSER.type("open-municipality", "Utrecht");
        // Past the first token's 10 seconds: the tab renewed it on its own.
        await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ofSeconds(12))
                .until(() -> !storedAuthorization().equals(first));
        BROWSER.click(By.cssSelector("form[data-form=open] button[type=submit]"));
        BROWSER.waitForText(By.tagName("h1"), "Gezinsplan Langzaam");
        BROWSER.click(By.id("sign-out"));
        BROWSER.waitForText(By.tagName("h1"), "Aanmelden bij OnePlan");
    }

    @Test
    void aCoordinatorSignsInAtKeycloakAndSigningOutAsksTheNextPersonForAPassword() throws IOException {
        BROWSER.open("#/signin");
        ((JavascriptExecutor) BROWSER.driver()).executeScript("sessionStorage.clear()");
        BROWSER.open("#/");
        signInAtKeycloak("sanne");
        BROWSER.waitForText(By.cssSelector("header .who span"), "Sanne de Vries · CJG Gouda");
        BROWSER.waitForText(By.tagName("h1"), "Mijn gezinnen");
        BROWSER.screenshot("keycloak-signed-in");

        BROWSER.click(By.id("sign-out"));
        BROWSER.waitForText(By.tagName("h1"), "Aanmelden bij OnePlan");
        BROWSER.click(By.id("signin-oidc"));
        // Keycloak's own form again: the session there ended too.
        BROWSER.waitForText(By.tagName("body"), "Sign in to your account");
        assertThat(BROWSER.byId("password").getAttribute("value")).isEmpty();
        BROWSER.screenshot("keycloak-after-sign-out");

        // The next person signs in as themself.
        BROWSER.type("username", "marloes");
        BROWSER.type("password", "demo-marloes");
        BROWSER.click(By.id("kc-login"));
        BROWSER.waitForText(By.cssSelector("header .who span"), "Marloes Kok · Basisschool De Regenboog");
    }
}
