package nl.oneplan.app.security;

import nl.oneplan.events.ActingUser;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The demo users as accounts, while they are on: known to the directory before they ever sign in. */
@Component
public class DemoAccounts {

    private final List<ActingUser> users;

    DemoAccounts(SecurityProperties properties) {
        this.users = properties.demoUsersActive()
                ? DemoUsers.ALL.stream().map(DemoUsers.DemoUser::user).toList() : List.of();
    }

    public List<ActingUser> all() {
        return users;
    }

    public Optional<ActingUser> find(String userId) {
        return users.stream().filter(user -> user.userId().equals(userId)).findFirst();
    }
}
