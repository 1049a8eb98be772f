package nl.oneplan.app.web;

import nl.oneplan.events.ActingUser;
import nl.oneplan.events.UserRole;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Who is signed in: the web UI shows the name and offers what the roles allow. Served by every role. */
@RestController
class MeController {

    record Me(String userId, String name, String organisation, List<UserRole> roles) {
    }

    @GetMapping(path = "/api/me", produces = MediaType.APPLICATION_JSON_VALUE)
    Me me(@AuthenticationPrincipal ActingUser user) {
        return new Me(user.userId(), user.displayName(), user.organisation(),
                user.roles().stream().sorted().toList());
    }
}
