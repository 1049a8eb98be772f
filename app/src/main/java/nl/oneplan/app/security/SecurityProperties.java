package nl.oneplan.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How OnePlan knows who is calling. With an OIDC issuer it is a resource server that accepts the
 * issuer's JWT bearer tokens; without one it has built-in demo users that sign in with HTTP Basic.
 * Never both.
 *
 * @param oidc            the identity provider
 * @param demoUsers       {@code true} insists on demo users (refused together with an issuer),
 *                        {@code false} switches them off; unset: on exactly when there is no issuer
 * @param maxRequestBytes the largest request body accepted
 */
@ConfigurationProperties("oneplan.security")
public record SecurityProperties(Oidc oidc, Boolean demoUsers, @DefaultValue("262144") long maxRequestBytes) {

    public SecurityProperties {
        oidc = oidc == null ? new Oidc(null, null, null, null) : oidc;
    }

    /**
     * @param issuerUri expected issuer of tokens; also where the signing keys are discovered
     * @param jwkSetUri where to fetch the signing keys instead, e.g. a container-internal address
     * @param claims    which claims carry the user's identity
     * @param clientId  the public client the web UI signs in with (authorization code with PKCE)
     */
    public record Oidc(String issuerUri, String jwkSetUri, Claims claims, String clientId) {
        public Oidc {
            claims = claims == null ? new Claims("sub", "name", "organisation", "roles") : claims;
            clientId = clientId == null || clientId.isBlank() ? "oneplan" : clientId;
        }

        public boolean configured() {
            return issuerUri != null && !issuerUri.isBlank();
        }
    }

    /**
     * Claim names; a dotted name reads a nested claim ({@code realm_access.roles}).
     */
    public record Claims(@DefaultValue("sub") String userId, @DefaultValue("name") String displayName,
                         @DefaultValue("organisation") String organisation, @DefaultValue("roles") String roles) {
    }

    public boolean demoUsersActive() {
        if (oidc.configured()) {
            if (Boolean.TRUE.equals(demoUsers)) {
                throw new IllegalStateException("Demo users cannot be switched on together with an OIDC issuer "
                        + "(ONEPLAN_OIDC_ISSUER_URI): unset ONEPLAN_DEMO_USERS or the issuer.");
            }
            return false;
        }
        return !Boolean.FALSE.equals(demoUsers);
    }
}
