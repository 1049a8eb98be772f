package nl.oneplan.app.web;

import nl.oneplan.app.security.SecurityProperties;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How the web UI signs in, asked before anyone is signed in: with the demo users' form, or at the
 * identity provider (issuer and the UI's public client). Nothing secret: a browser learns all of it
 * from the sign-in anyway.
 */
@RestController
class UiConfigController {

    record UiConfig(String signIn, String issuer, String clientId) {
    }

    private final UiConfig config;

    UiConfigController(SecurityProperties properties) {
        SecurityProperties.Oidc oidc = properties.oidc();
        this.config = oidc.configured() ? new UiConfig("OIDC", oidc.issuer(), oidc.clientId())
                : properties.demoUsersActive() ? new UiConfig("DEMO", null, null) : new UiConfig("NONE", null, null);
    }

    @GetMapping(path = "/api/ui-config", produces = MediaType.APPLICATION_JSON_VALUE)
    UiConfig config() {
        return config;
    }
}
