package nl.oneplan.app.security;

import nl.oneplan.events.ActingUser;
import nl.oneplan.events.UserRole;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Built-in users for trying OnePlan out without an identity provider (listed in the README).
 * They sign in with HTTP Basic and exist only while no OIDC issuer is configured.
 */
final class DemoUsers implements AuthenticationProvider {

    record DemoUser(String username, String password, ActingUser user) {
    }

    static final List<DemoUser> ALL = List.of(
            demo("sanne", "Sanne de Vries", UserRole.COORDINATOR, "CJG Gouda"),
            demo("ahmed", "Ahmed Yilmaz", UserRole.COORDINATOR, "Wijkteam Utrecht Noord"),
            demo("marloes", "Marloes Kok", UserRole.PROFESSIONAL, "Basisschool De Regenboog"),
            demo("pieter", "Pieter Post", UserRole.PRIVACY_OFFICER, "Gemeente Gouda"),
            demo("fatima", "Fatima El Amrani", UserRole.ANALYST, "Gemeente Gouda"),
            demo("admin", "Beheerder OnePlan", UserRole.ADMIN, "OnePlan beheer"));

    private static DemoUser demo(String username, String name, UserRole role, String organisation) {
        return new DemoUser(username, "demo-" + username, new ActingUser(username, name, Set.of(role), organisation));
    }

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final Map<String, Hashed> users = ALL.stream()
            .map(demo -> new Hashed(demo.user(), encoder.encode(demo.password())))
            .collect(Collectors.toMap(hashed -> hashed.user().userId(), Function.identity()));

    private record Hashed(ActingUser user, String passwordHash) {
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Hashed known = users.get(authentication.getName());
        Object password = authentication.getCredentials();
        if (known == null || password == null || !encoder.matches(password.toString(), known.passwordHash())) {
            throw new BadCredentialsException("unknown user or wrong password");
        }
        return new ActingUserAuthentication(known.user());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
