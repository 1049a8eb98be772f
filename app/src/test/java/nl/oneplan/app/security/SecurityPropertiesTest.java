package nl.oneplan.app.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecurityPropertiesTest {

    private static SecurityProperties.Oidc issuer(String uri) {
        return new SecurityProperties.Oidc(uri, null, null, null, null, null, null);
    }

    @Test
    void demoUsersAreOnExactlyWhenNoIssuerIsConfigured() {
        assertThat(new SecurityProperties(issuer(null), null, 1).demoUsersActive()).isTrue();
        assertThat(new SecurityProperties(issuer(" "), null, 1).demoUsersActive()).isTrue();
        assertThat(new SecurityProperties(issuer("https://idp/realms/oneplan"), null, 1).demoUsersActive()).isFalse();
        assertThat(new SecurityProperties(issuer(null), false, 1).demoUsersActive()).isFalse();
    }

    @Test
    void demoUsersCannotBeSwitchedOnBesideAnIssuer() {
        assertThatThrownBy(() -> new SecurityProperties(issuer("https://idp/realms/oneplan"), true, 1)
                .demoUsersActive())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ONEPLAN_OIDC_ISSUER_URI");
    }

    @Test
    void claimNamesDefaultToTheStandardOnes() {
        SecurityProperties.Claims claims = issuer(null).claims();
        assertThat(claims.userId()).isEqualTo("sub");
        assertThat(claims.displayName()).isEqualTo("name");
        assertThat(claims.organisation()).isEqualTo("organisation");
        assertThat(claims.roles()).isEqualTo("roles");
    }
}
