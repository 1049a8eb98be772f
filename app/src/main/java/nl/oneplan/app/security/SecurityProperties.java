package nl.oneplan.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

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
        oidc = oidc == null ? new Oidc(null, null, null, null, null, null, null) : oidc;
    }

    /**
     * @param issuerUri expected issuer of tokens; also where the signing keys are discovered (a
     *                  trailing slash or none: both match)
     * @param jwkSetUri where to fetch the signing keys instead, e.g. a container-internal address
     * @param claims    which claims carry the user's identity
     * @param clientId  the public client the web UI signs in with (authorization code with PKCE);
     *                  a token is accepted only if its {@code aud} or {@code azp} names it (or one
     *                  of {@code audiences})
     * @param audiences further audiences a token may be issued to, e.g. another client of the same
     *                  organisation that calls OnePlan's API
     * @param clockSkew how far the clocks of OnePlan and the provider may differ: a token is
     *                  accepted this long after it expired (and before it is valid)
     * @param timeout   how long OnePlan waits for the provider (discovery, signing keys)
     */
    public record Oidc(String issuerUri, String jwkSetUri, Claims claims, String clientId, List<String> audiences,
                       Duration clockSkew, Duration timeout) {
        public Oidc {
            claims = claims == null ? new Claims("sub", "name", "organisation", "roles", "email") : claims;
            clientId = clientId == null || clientId.isBlank() ? "oneplan" : clientId;
            audiences = audiences == null ? List.of()
                    : audiences.stream().map(String::strip).filter(audience -> !audience.isEmpty()).toList();
            clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
            timeout = timeout == null ? Duration.ofSeconds(2) : timeout;
        }

        public boolean configured() {
            return issuerUri != null && !issuerUri.isBlank();
        }

        /** The issuer without a trailing slash, as OnePlan compares it and hands it to the web UI. */
        public String issuer() {
            return configured() ? IdentityProvider.withoutTrailingSlash(issuerUri) : null;
        }
    }

    /**
     * Claim names; a dotted name reads a nested claim ({@code realm_access.roles}).
     */
    public record Claims(@DefaultValue("sub") String userId, @DefaultValue("name") String displayName,
                         @DefaultValue("organisation") String organisation, @DefaultValue("roles") String roles,
                         @DefaultValue("email") String email) {
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
