package nl.oneplan.app.support;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Fresh PostgreSQL databases for tests, one per test class. Uses the PostgreSQL server at
 * {@code ONEPLAN_TEST_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user
 * {@code postgres}) when it answers; otherwise starts one container with Testcontainers when a
 * Docker engine is present; otherwise fails and says how to provide a database. Never skips.
 * The databases it created are dropped when the test JVM ends.
 */
public final class TestDatabases {

    private static final String URL_VARIABLE = "ONEPLAN_TEST_PG_URL";
    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final List<String> created = new CopyOnWriteArrayList<>();
    private static Server server;

    private TestDatabases() {
    }

    /** A PostgreSQL database of its own: JDBC URL, user and password. */
    public record Database(String url, String user, String password) {
    }

    private record Server(String adminUrl, String user, String password) {
        String urlOf(String database) {
            int slash = adminUrl.lastIndexOf('/');
            int query = adminUrl.indexOf('?', slash);
            return adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
        }
    }

    public static Database fresh() {
        Server at = server();
        String name = "oneplan_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(at.adminUrl(), at.user(), at.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + at.adminUrl(), e);
        }
        created.add(name);
        return new Database(at.urlOf(name), at.user(), at.password());
    }

    private static synchronized Server server() {
        if (server == null) {
            server = locate();
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropCreated, "drop-test-databases"));
        }
        return server;
    }

    private static Server locate() {
        String configured = System.getenv(URL_VARIABLE);
        Server local = new Server(configured != null ? configured : DEFAULT_URL,
                env("ONEPLAN_TEST_PG_USER", "postgres"), env("ONEPLAN_TEST_PG_PASSWORD", ""));
        SQLException unreachable = reach(local);
        if (unreachable == null) {
            return local;
        }
        if (configured != null) {
            throw new IllegalStateException(URL_VARIABLE + "=" + configured + " does not answer", unreachable);
        }
        if (dockerAvailable()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:16-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stop-test-postgres"));
            return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        throw new IllegalStateException("The tests need PostgreSQL, and none could be found: nothing answers at "
                + DEFAULT_URL + " (user postgres) and there is no Docker engine for Testcontainers. Start a local "
                + "PostgreSQL (bash .ci/run does so on Debian), or point " + URL_VARIABLE
                + ", ONEPLAN_TEST_PG_USER and ONEPLAN_TEST_PG_PASSWORD at a server where that user may create "
                + "databases.", unreachable);
    }

    private static SQLException reach(Server candidate) {
        DriverManager.setLoginTimeout(5);
        try (Connection connection = DriverManager.getConnection(candidate.adminUrl(), candidate.user(),
                candidate.password())) {
            return null;
        } catch (SQLException e) {
            return e;
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static void dropCreated() {
        try (Connection connection = DriverManager.getConnection(server.adminUrl(), server.user(),
                server.password());
             Statement statement = connection.createStatement()) {
            for (String name : created) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("Could not drop the test databases " + created + ": " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
