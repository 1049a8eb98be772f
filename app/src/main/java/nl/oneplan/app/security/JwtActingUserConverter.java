package nl.oneplan.app.security;

import nl.oneplan.events.ActingUser;
import nl.oneplan.events.UserRole;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the acting user from a validated JWT, by the configured claim names. */
class JwtActingUserConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecurityProperties.Claims claims;

    JwtActingUserConverter(SecurityProperties.Claims claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Object userId = claim(jwt.getClaims(), claims.userId());
        if (userId == null || userId.toString().isBlank()) {
            throw new InvalidBearerTokenException("the token names no user (claim " + claims.userId() + ")");
        }
        Object name = claim(jwt.getClaims(), claims.displayName());
        Object organisation = claim(jwt.getClaims(), claims.organisation());
        Object email = claim(jwt.getClaims(), claims.email());
        return new ActingUserAuthentication(new ActingUser(userId.toString(),
                name == null ? userId.toString() : name.toString(), roles(claim(jwt.getClaims(), claims.roles())),
                organisation == null ? null : organisation.toString()), email == null ? null : email.toString());
    }

    /** Roles OnePlan knows, in any case; other roles of the identity provider are ignored. */
    private static Set<UserRole> roles(Object claim) {
        Set<UserRole> roles = EnumSet.noneOf(UserRole.class);
        Collection<?> values = claim instanceof Collection<?> collection ? collection
                : claim == null ? Set.of() : Set.of(claim.toString().split("[ ,]+"));
        for (Object value : values) {
            String name = value.toString().strip().toUpperCase(Locale.ROOT);
            for (UserRole role : UserRole.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private static Object claim(Map<String, Object> claims, String path) {
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }
}
