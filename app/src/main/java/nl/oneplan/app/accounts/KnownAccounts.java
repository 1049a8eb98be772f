package nl.oneplan.app.accounts;

import nl.oneplan.app.security.ActingUserAuthentication;
import nl.oneplan.app.security.DemoAccounts;
import nl.oneplan.command.api.AccountDirectory;
import nl.oneplan.events.ActingUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The accounts that signed in to OnePlan, as their tokens described them: the directory a
 * coordinator looks a colleague up in (by name, e-mail or organisation) to link them by the
 * stable id they sign in with. Demo users are known from the start. A sign-in is written at most
 * every few minutes per account and node, and never holds up the request it came with.
 */
@Component
public class KnownAccounts implements AccountDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(KnownAccounts.class);
    private static final Duration WRITE_AT_MOST_EVERY = Duration.ofMinutes(5);
    static final int MOST = 20;

    /** An account as a coordinator sees it when looking a colleague up. */
    public record Account(String userId, String name, String email, String organisation, Instant lastSeen) {
    }

    private record Seen(String name, String email, String organisation, Instant at) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DemoAccounts demo;
    private final Map<String, Seen> written = new ConcurrentHashMap<>();

    KnownAccounts(JdbcTemplate jdbc, Clock clock, DemoAccounts demo) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.demo = demo;
    }

    /** Records that this user signed in (called for every authenticated request; cheap when nothing changed). */
    public void signedIn(ActingUserAuthentication authentication) {
        ActingUser user = authentication.getPrincipal();
        Instant now = clock.instant();
        Seen seen = new Seen(user.displayName(), authentication.email(), user.organisation(), now);
        Seen before = written.get(user.userId());
        if (before != null && before.at().plus(WRITE_AT_MOST_EVERY).isAfter(now)
                && Objects.equals(before.name(), seen.name()) && Objects.equals(before.email(), seen.email())
                && Objects.equals(before.organisation(), seen.organisation())) {
            return;
        }
        try {
            Timestamp at = Timestamp.from(now);
            int updated = jdbc.update("UPDATE known_account SET display_name = ?, email = ?, organisation = ?, "
                    + "last_seen = ? WHERE user_id = ?", clip(seen.name(), 200), clip(seen.email(), 320),
                    clip(seen.organisation(), 200), at, user.userId());
            if (updated == 0) {
                try {
                    jdbc.update("INSERT INTO known_account (user_id, display_name, email, organisation, first_seen, "
                            + "last_seen) VALUES (?, ?, ?, ?, ?, ?)", user.userId(), clip(seen.name(), 200),
                            clip(seen.email(), 320), clip(seen.organisation(), 200), at, at);
                } catch (DuplicateKeyException raced) {
                    // Another request of the same user inserted it first; its row is as good.
                }
            }
            written.put(user.userId(), seen);
        } catch (DataAccessException e) {
            // The request itself goes on; the next one records the sign-in.
            LOG.debug("Could not record the sign-in of {}: {}", user.userId(), e.getMessage());
        }
    }

    @Override
    public boolean knows(String userId) {
        return demo.find(userId).isPresent() || Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT count(*) > 0 FROM known_account WHERE user_id = ?", Boolean.class, userId));
    }

    /** Accounts whose name, e-mail, organisation or id contains the text (case ignored), best first. */
    public List<Account> search(String text) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        String like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<Account> found = new ArrayList<>(jdbc.query("SELECT user_id, display_name, email, organisation, last_seen "
                        + "FROM known_account WHERE lower(display_name) LIKE ? ESCAPE '\\' OR lower(email) LIKE ? "
                        + "ESCAPE '\\' OR lower(organisation) LIKE ? ESCAPE '\\' OR lower(user_id) = ? "
                        + "ORDER BY display_name, user_id LIMIT " + MOST,
                (rs, row) -> new Account(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()), like, like, like, needle));
        demo.all().stream()
                .filter(user -> found.stream().noneMatch(account -> account.userId().equals(user.userId())))
                .filter(user -> contains(user.displayName(), needle) || contains(user.organisation(), needle)
                        || user.userId().equalsIgnoreCase(needle))
                .map(user -> new Account(user.userId(), user.displayName(), null, user.organisation(), null))
                .forEach(found::add);
        found.sort(Comparator.comparing(Account::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Account::userId));
        return found.size() > MOST ? found.subList(0, MOST) : found;
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }

    private static String clip(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
