package nl.oneplan.app;

import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the web UI needs from the server: its files without signing in, who is signed in, and no browser pop-up. */
class WebUiHttpTest extends PostgresIntegrationTest {

    @Test
    void theUiFilesAreServedWithoutSigningInAndUnderTheContentSecurityPolicy() {
        Api anonymous = api().anonymous();
        Api.Response index = anonymous.send(anonymous.request("/").setHeader("Accept", "text/html").GET());
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.raw().body()).contains("<script type=\"module\" src=\"/ui/app.js\"></script>");
        assertThat(index.header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(anonymous.get("/ui/app.js").status()).isEqualTo(200);
        assertThat(anonymous.get("/ui/messages/nl.json").text("signin.title")).isEqualTo("Aanmelden bij OnePlan");
        // The files hold no data: the data itself still needs a signed-in user.
        assertThat(anonymous.get("/api/trajectories").status()).isEqualTo(401);
    }

    @Test
    void meSaysWhoIsSignedIn() {
        Api.Response me = api("sanne").get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("userId")).isEqualTo("sanne");
        assertThat(me.text("name")).isEqualTo("Sanne de Vries");
        assertThat(me.text("organisation")).isEqualTo("CJG Gouda");
        assertThat(me.body().path("roles").get(0).asText()).isEqualTo("COORDINATOR");
        assertThat(api("fatima").get("/api/me").body().path("roles").get(0).asText()).isEqualTo("ANALYST");
    }

    @Test
    void aScriptIsNotChallengedWithBasicSoTheBrowserShowsNoSignInPopUp() {
        Api anonymous = api().anonymous();
        Api.Response fromScript = anonymous.get("/api/me", "X-Requested-With", "XMLHttpRequest");
        assertThat(fromScript.status()).isEqualTo(401);
        assertThat(fromScript.header("WWW-Authenticate")).doesNotStartWith("Basic");
        assertThat(fromScript.text("code")).isEqualTo("UNAUTHENTICATED");
        assertThat(anonymous.get("/api/me").header("WWW-Authenticate")).startsWith("Basic");
    }
}
