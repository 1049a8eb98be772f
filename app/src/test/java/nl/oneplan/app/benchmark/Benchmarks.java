package nl.oneplan.app.benchmark;

import nl.oneplan.app.OnePlanApplication;
import nl.oneplan.app.support.Api.Response;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the benchmarks share: their database, starting OnePlan on it, the heap's high-water mark, printing. */
final class Benchmarks {

    private static long peakHeap;

    private Benchmarks() {
    }

    /**
     * A benchmark's database on the tests' PostgreSQL ({@code -Dpg.url=}, {@code -Dpg.user=},
     * {@code -Dpg.password=}).
     */
    record Database(String url, String user, String password) {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    /** Drops and creates database {@code name}, and prints what machine the figures come from. */
    static Database fresh(String name) throws SQLException {
        String server = System.getProperty("pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getProperty("pg.user", "postgres");
        String password = System.getProperty("pg.password", "");
        try (Connection admin = DriverManager.getConnection(server, user, password);
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        }
        print("machine: %d processors for this JVM, max heap %d MiB", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        return new Database(server.substring(0, server.lastIndexOf('/') + 1) + name, user, password);
    }

    /** OnePlan in this JVM with {@code roles} on the database, on a free port, logging only warnings. */
    static ConfigurableApplicationContext start(String roles, Database database, String... more) {
        List<String> args = new ArrayList<>(List.of("--oneplan.roles=" + roles, "--server.port=0",
                "--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(), "--logging.level.root=warn",
                "--logging.level.nl.oneplan=warn"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(OnePlanApplication.class).run(args.toArray(String[]::new));
    }

    static String baseUrl(ConfigurableApplicationContext app) {
        return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    /** Notes the heap in use now; {@link #peakHeap()} is the most seen. */
    static synchronized void sampleHeap() {
        Runtime runtime = Runtime.getRuntime();
        peakHeap = Math.max(peakHeap, runtime.totalMemory() - runtime.freeMemory());
    }

    static synchronized long peakHeap() {
        return peakHeap;
    }

    static Response ok(Response response) {
        if (response.status() >= 300) {
            throw new IllegalStateException("benchmark request failed: " + response);
        }
        return response;
    }

    static void print(String format, Object... values) {
        System.out.println("[benchmark] " + String.format(Locale.ROOT, format, values));
    }
}
