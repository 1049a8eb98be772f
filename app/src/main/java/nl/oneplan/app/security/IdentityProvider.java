package nl.oneplan.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestOperations;
import org.springframework.web.client.RestTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The OIDC issuer as OnePlan meets it: its keys are discovered on first use (so OnePlan starts
 * while the provider is still starting), every call to it times out within seconds, and while it
 * does not answer a request with a token gets 503 {@code IDENTITY_PROVIDER_UNAVAILABLE} instead
 * of an error page, health says DEGRADED, and one line is logged when it goes away and one when it
 * is back. A token is accepted only from this issuer (compared without a trailing slash, which
 * providers write either way), within its lifetime give or take the configured clock skew, and
 * only if it was issued to OnePlan: its audience or its authorised party ({@code azp}) is
 * OnePlan's client id or one of the configured audiences.
 */
public class IdentityProvider implements JwtDecoder, HealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityProvider.class);
    static final Status DEGRADED = new Status("DEGRADED", "the identity provider does not answer");
    /** How long a health answer about the provider holds before health asks it again. */
    private static final Duration HEALTH_CHECK_INTERVAL = Duration.ofSeconds(10);

    /** The provider did not answer, or answered as another issuer. */
    public static final class Unavailable extends JwtException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final SecurityProperties.Oidc oidc;
    private final String issuer;
    private final RestOperations http;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Clock clock;
    private volatile JwtDecoder decoder;
    private volatile String jwkSetUri;
    /** Why the provider is away, while it is; null while it answers. */
    private volatile String away;
    private volatile Instant checkedAt = Instant.MIN;
    private volatile Probe probe;
    private static final Duration PROBE_INTERVAL = Duration.ofSeconds(5);

    public IdentityProvider(SecurityProperties.Oidc oidc, Clock clock) {
        this.oidc = oidc;
        this.clock = clock;
        this.issuer = oidc.configured() ? withoutTrailingSlash(oidc.issuerUri()) : null;
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout((int) oidc.timeout().toMillis());
        requests.setReadTimeout((int) oidc.timeout().toMillis());
        this.http = new RestTemplate(requests);
        this.validator = new DelegatingOAuth2TokenValidator<>(List.of(new JwtTimestampValidator(oidc.clockSkew()),
                this::issuedHere, this::issuedToOnePlan));
    }

    public boolean configured() {
        return issuer != null;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        JwtDecoder current = decoder();
        try {
            Jwt jwt = current.decode(token);
            answered();
            return jwt;
        } catch (BadJwtException refused) {
            throw refused;
        } catch (JwtException e) {
            // The keys could not be had. If the provider answers all the same (a token naming a key it never had,
            // a refetch rate-limited), the token is the problem; only a provider that is away makes this a 503.
            if (keysAnswer()) {
                throw new BadJwtException("the token is signed with a key the identity provider does not have", e);
            }
            throw away("its signing keys could not be fetched from " + jwkSetUri, e);
        }
    }

    /** Whether the key set answers now; asked at most every few seconds, so forged tokens cannot flood the provider. */
    private boolean keysAnswer() {
        Instant now = clock.instant();
        Probe last = probe;
        if (last != null && now.isBefore(last.at().plus(PROBE_INTERVAL))) {
            return last.answered();
        }
        boolean answered;
        try {
            http.getForObject(jwkSetUri, String.class);
            answered = true;
        } catch (RestClientException e) {
            answered = false;
        }
        probe = new Probe(now, answered);
        return answered;
    }

    private record Probe(Instant at, boolean answered) {
    }

    private JwtDecoder decoder() {
        JwtDecoder current = decoder;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (decoder == null) {
                String keys = oidc.jwkSetUri() != null && !oidc.jwkSetUri().isBlank() ? oidc.jwkSetUri() : discoverKeys();
                NimbusJwtDecoder nimbus = NimbusJwtDecoder.withJwkSetUri(keys).restOperations(http).build();
                nimbus.setJwtValidator(validator);
                jwkSetUri = keys;
                decoder = nimbus;
            }
            return decoder;
        }
    }

    /** Reads the discovery document: where the keys are, and that the provider is the issuer configured. */
    private String discoverKeys() {
        String location = issuer + "/.well-known/openid-configuration";
        Map<?, ?> discovery;
        try {
            discovery = http.getForObject(location, Map.class);
        } catch (RestClientException e) {
            throw away("its discovery document " + location + " did not answer", e);
        }
        Object named = discovery == null ? null : discovery.get("issuer");
        if (named == null || !withoutTrailingSlash(named.toString()).equals(issuer)) {
            throw away("it calls itself " + named + ", but OnePlan expects " + oidc.issuerUri()
                    + " (ONEPLAN_OIDC_ISSUER_URI must be the issuer as the provider names it)", null);
        }
        Object keys = discovery.get("jwks_uri");
        if (keys == null) {
            throw away("its discovery document " + location + " names no jwks_uri", null);
        }
        return keys.toString();
    }

    private Unavailable away(String why, Throwable cause) {
        String reason = "The identity provider " + oidc.issuerUri() + " cannot be used: " + why
                + (cause == null ? "" : " (" + cause.getMessage() + ")");
        if (!reason.equals(away)) {
            LOG.error("{}. Requests with a token get 503 IDENTITY_PROVIDER_UNAVAILABLE until it answers.", reason);
        }
        away = reason;
        checkedAt = clock.instant();
        return new Unavailable(reason, cause);
    }

    private void answered() {
        if (away != null) {
            LOG.info("The identity provider {} answers again", oidc.issuerUri());
            away = null;
        }
        checkedAt = clock.instant();
    }

    @Override
    public Health health() {
        if (!configured()) {
            return Health.up().withDetail("signIn", "demo users or none; no identity provider").build();
        }
        if (clock.instant().isAfter(checkedAt.plus(HEALTH_CHECK_INTERVAL))) {
            try {
                if (decoder == null) {
                    decoder();
                } else {
                    http.getForObject(jwkSetUri, String.class);
                }
                answered();
            } catch (Unavailable e) {
                // Logged once by away().
            } catch (RestClientException e) {
                away("its signing keys could not be fetched from " + jwkSetUri, e);
            }
        }
        String reason = away;
        return reason == null ? Health.up().withDetail("issuer", oidc.issuerUri()).build()
                : Health.status(DEGRADED).withDetail("issuer", oidc.issuerUri()).withDetail("error", reason).build();
    }

    private OAuth2TokenValidatorResult issuedHere(Jwt jwt) {
        Object named = jwt.getClaims().get("iss");
        if (named != null && withoutTrailingSlash(named.toString()).equals(issuer)) {
            return OAuth2TokenValidatorResult.success();
        }
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                "the token was issued by " + named + ", not by " + oidc.issuerUri(), null));
    }

    private OAuth2TokenValidatorResult issuedToOnePlan(Jwt jwt) {
        Set<String> accepted = new HashSet<>(oidc.audiences());
        accepted.add(oidc.clientId());
        List<String> audience = Objects.requireNonNullElse(jwt.getAudience(), List.of());
        Object authorisedParty = jwt.getClaims().get("azp");
        if (audience.stream().anyMatch(accepted::contains)
                || (authorisedParty != null && accepted.contains(authorisedParty.toString()))) {
            return OAuth2TokenValidatorResult.success();
        }
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                "the token was issued to another client (aud " + audience + ", azp " + authorisedParty + ")", null));
    }

    static String withoutTrailingSlash(String uri) {
        String trimmed = uri.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
