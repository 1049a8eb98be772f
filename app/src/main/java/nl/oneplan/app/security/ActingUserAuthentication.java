package nl.oneplan.app.security;

import nl.oneplan.events.ActingUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;

/**
 * A signed-in user, however they signed in: the principal is the {@link ActingUser} that both
 * sides read, and the authorities are its roles.
 */
public class ActingUserAuthentication extends AbstractAuthenticationToken {

    private final ActingUser user;
    private final String email;

    public ActingUserAuthentication(ActingUser user) {
        this(user, null);
    }

    /** With the e-mail address the identity provider gave, so colleagues can find this account. */
    public ActingUserAuthentication(ActingUser user, String email) {
        super(authorities(user));
        this.user = user;
        this.email = email;
        setAuthenticated(true);
    }

    public String email() {
        return email;
    }

    private static List<GrantedAuthority> authorities(ActingUser user) {
        return user.roles().stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }

    @Override
    public ActingUser getPrincipal() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public String getName() {
        return user.userId();
    }
}
