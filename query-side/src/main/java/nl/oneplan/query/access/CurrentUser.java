package nl.oneplan.query.access;

import nl.oneplan.events.ActingUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The signed-in user of the current request, as the application's security established it. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<ActingUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ActingUser user
                ? Optional.of(user) : Optional.empty();
    }
}
