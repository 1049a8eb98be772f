package nl.oneplan.app.security;

import nl.oneplan.events.ActingUser;
import nl.oneplan.events.UserRole;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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

    // The passwords are published in the README, so hashing them would protect nothing; comparing in
    // constant time at least tells nothing through timing.
    private final Map<String, DemoUser> users = ALL.stream()
            .collect(Collectors.toMap(DemoUser::username, Function.identity()));

    @Override
    public Authentication authenticate(Authentication authentication) {
        DemoUser known = users.get(authentication.getName());
        Object password = authentication.getCredentials();
        if (known == null || password == null || !MessageDigest.isEqual(
                known.password().getBytes(StandardCharsets.UTF_8), password.toString().getBytes(StandardCharsets.UTF_8))) {
            throw new BadCredentialsException("unknown user or wrong password");
        }
        return new ActingUserAuthentication(known.user());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
