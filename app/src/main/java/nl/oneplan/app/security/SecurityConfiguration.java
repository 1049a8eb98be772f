package nl.oneplan.app.security;

import nl.oneplan.app.accounts.KnownAccounts;
import nl.oneplan.app.accounts.SignInRecorder;
import nl.oneplan.app.web.IdempotencyConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.annotation.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may call what. Authentication: demo users with HTTP Basic, or the OIDC issuer's bearer
 * tokens; either way the principal is the acting user. Coarse rules by role and endpoint live
 * here; which trajectory a user may touch is decided by the sides' policies (the aggregate for
 * commands, the read policy for queries), which answer 404 for trajectories a caller may not see.
 * <p>
 * CSRF protection is off for this chain on purpose: the API keeps no session and takes
 * credentials only from the Authorization header, which a browser never adds to a forged
 * cross-site request. A browser UI with a session cookie gets its own chain with CSRF on.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityProperties properties, IdentityProvider identityProvider,
                            IdempotencyConfiguration idempotency, KnownAccounts knownAccounts) throws Exception {
        boolean demo = properties.demoUsersActive();
        AuthenticationEntryPoint unauthenticated = (request, response, exception) -> {
            // The web UI signs in with its own form; a Basic challenge would make the browser ask instead.
            boolean fromScript = "XMLHttpRequest".equals(request.getHeader("X-Requested-With"));
            response.setHeader("WWW-Authenticate", !demo ? "Bearer" : fromScript ? "Form realm=\"OnePlan\"" : "Basic realm=\"OnePlan\"");
            ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                    "sign in to use OnePlan");
        };
        AccessDeniedHandler forbidden = (request, response, exception) ->
                ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, "FORBIDDEN",
                        "your role does not allow this");

        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(properties.oidc())))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.deny()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/error").permitAll()
                        // The web UI's files hold no data; every piece of data comes through the API.
                        .requestMatchers(reads("/", "/index.html", "/favicon.svg", "/ui/**", "/api/ui-config", "/api/enums"))
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/trajectories").hasRole("COORDINATOR")
                        .requestMatchers(reads("/api/caseload")).hasAnyRole("COORDINATOR", "PROFESSIONAL")
                        .requestMatchers(reads("/api/accounts")).hasRole("COORDINATOR")
                        .requestMatchers("/api/projections", "/api/projections/**").hasAnyRole("ADMIN", "ANALYST")
                        .requestMatchers(reads("/api/reports/**")).hasRole("ANALYST")
                        .requestMatchers(reads("/api/trajectories/*/plan")).hasAnyRole("COORDINATOR", "PROFESSIONAL")
                        .requestMatchers(reads("/api/trajectories/*/access-log", "/api/disclosures"))
                        .hasRole("PRIVACY_OFFICER")
                        .requestMatchers(reads("/api/trajectories", "/api/trajectories/*",
                                "/api/trajectories/*/timeline", "/api/trajectories/*/consents",
                                "/api/trajectories/*/consent-register",
                                "/api/trajectories/*/parties",
                                "/api/trajectories/*/disclosures", "/api/trajectories/*/verification"))
                        .hasAnyRole("COORDINATOR", "PROFESSIONAL", "PRIVACY_OFFICER")
                        .requestMatchers(HttpMethod.POST, "/api/trajectories/**")
                        .hasAnyRole("COORDINATOR", "PROFESSIONAL")
                        .requestMatchers(HttpMethod.PUT, "/api/trajectories/**")
                        .hasAnyRole("COORDINATOR", "PROFESSIONAL")
                        .requestMatchers(reads("/api/me", "/api/purposes")).authenticated()
                        .requestMatchers(reads("/actuator/prometheus")).hasRole("ADMIN")
                        // HEAD answers what GET answers (its length included), so it is refused where GET is.
                        .requestMatchers(HttpMethod.HEAD).denyAll()
                        .anyRequest().authenticated())
                .addFilterAfter(new SignInRecorder(knownAccounts), AuthorizationFilter.class)
                .addFilterAfter(new JsonCommandsFilter(), SignInRecorder.class)
                .addFilterAfter(idempotency.filter(), JsonCommandsFilter.class);
        if (demo) {
            log.warn("DEMO USERS ARE ON: anyone may sign in as one of the built-in users listed in the README. "
                    + "Set ONEPLAN_OIDC_ISSUER_URI to use your identity provider instead.");
            http.authenticationProvider(new DemoUsers())
                    .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated));
        } else if (properties.oidc().configured()) {
            log.info("Signing in through the OIDC issuer {}", properties.oidc().issuerUri());
            AuthenticationFailureHandler failed = (request, response, exception) -> {
                if (exception instanceof AuthenticationServiceException
                        && exception.getCause() instanceof IdentityProvider.Unavailable) {
                    // The provider, not the caller, failed: say so, and when to try again (logged once, by the provider).
                    response.setHeader(HttpHeaders.RETRY_AFTER, "5");
                    ProblemResponses.write(request, response, HttpStatus.SERVICE_UNAVAILABLE,
                            "IDENTITY_PROVIDER_UNAVAILABLE", "the identity provider does not answer; try again shortly");
                } else {
                    unauthenticated.commence(request, response, exception);
                }
            };
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .authenticationEntryPoint(unauthenticated)
                    .accessDeniedHandler(forbidden)
                    .jwt(jwt -> jwt.decoder(identityProvider)
                            .jwtAuthenticationConverter(new JwtActingUserConverter(properties.oidc().claims())))
                    .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                        @Override
                        public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                            filter.setAuthenticationFailureHandler(failed);
                            return filter;
                        }
                    }));
        } else {
            log.warn("Neither demo users nor an OIDC issuer are configured: nobody can sign in.");
        }
        return http.build();
    }

    /** Reads of these paths: GET, and HEAD, which must obey the same rules as GET. */
    private static RequestMatcher reads(String... patterns) {
        List<RequestMatcher> matchers = new ArrayList<>();
        for (String pattern : patterns) {
            matchers.add(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, pattern));
            matchers.add(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.HEAD, pattern));
        }
        return new OrRequestMatcher(matchers);
    }

    /**
     * Scripts, styles and data only from OnePlan itself; with an issuer the web UI also talks to it
     * (discovery and the token exchange of its sign-in), so its origin is added for that only.
     */
    static String contentSecurityPolicy(SecurityProperties.Oidc oidc) {
        if (!oidc.configured()) {
            return CONTENT_SECURITY_POLICY;
        }
        URI issuer = URI.create(oidc.issuer());
        String origin = issuer.getScheme() + "://" + issuer.getAuthority();
        return CONTENT_SECURITY_POLICY + "; connect-src 'self' " + origin;
    }

    @Bean
    IdentityProvider identityProvider(SecurityProperties properties, Clock clock) {
        return new IdentityProvider(properties.oidc(), clock);
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimit(SecurityProperties properties) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(properties.maxRequestBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
