package nl.oneplan.app.benchmark;

import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import org.springframework.context.ConfigurableApplicationContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static nl.oneplan.app.benchmark.Benchmarks.ok;
import static nl.oneplan.app.benchmark.Benchmarks.peakHeap;
import static nl.oneplan.app.benchmark.Benchmarks.print;
import static nl.oneplan.app.benchmark.Benchmarks.sampleHeap;
import static nl.oneplan.app.benchmark.Benchmarks.start;

/**
 * How fast commands are, next to what PostgreSQL can commit on this machine in the same run: the
 * raw rate of one-row durable commits of an event-shaped row by 16 clients, then goal commands over
 * HTTP by 16 clients on 64 families (one process running both roles), and read-your-write (a
 * command, then the plan with its consistency token) by one client, and how a command's latency
 * grows with the family's history (a young family against one of {@code -Dhistory} events). Prints each figure; not a
 * test: run it with {@code ./mvnw -pl app -Pbenchmark-commands verify} after an install.
 */
public final class CommandBenchmark {

    private static final int CLIENTS = 16;
    private static final int FAMILIES = 64;

    private CommandBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("seconds", 20);
        int history = Integer.getInteger("history", 5000);
        Benchmarks.Database database = Benchmarks.fresh("oneplan_command_benchmark");

        double raw = rawCommits(database, seconds);
        print("raw PostgreSQL: %,.0f one-row durable commits/s of an event-shaped row (%d clients, %d s)", raw,
                CLIENTS, seconds);

        try (ConfigurableApplicationContext app = start("command,query", database)) {
            String base = Benchmarks.baseUrl(app);
            List<String> families = new ArrayList<>();
            Api sanne = new Api(base, "sanne");
            for (int i = 0; i < FAMILIES; i++) {
                families.add(ok(sanne.post("/api/trajectories", """
                        {"familyName":"Meting %d","municipality":"Gouda","startDate":"2026-01-05",
                         "registration":{"route":"SELF"}}""".formatted(i))).text("trajectoryId"));
            }
            // Warm-up: the JIT, the connection pool and the caches see the same work first.
            goals(base, families, Math.max(3, seconds / 4));
            Latencies commands = goals(base, families, seconds);
            print("goal commands over HTTP, %d clients, %d families: %,.0f commands/s (%.3f x raw), p50 %.1f ms, "
                            + "p99 %.1f ms", CLIENTS, FAMILIES, commands.perSecond(), commands.perSecond() / raw,
                    commands.percentile(50), commands.percentile(99));

            Latencies[] readYourWrite = readYourWrite(sanne, families.get(0), 200);
            print("read-your-write, one client: the command alone p50 %.1f ms, the plan read alone p50 %.1f ms; "
                            + "command + plan read with its consistency token p50 %.1f ms, p95 %.1f ms",
                    readYourWrite[0].percentile(50), readYourWrite[2].percentile(50), readYourWrite[1].percentile(50),
                    readYourWrite[1].percentile(95));
            double[] flat = historyRatio(sanne, history);
            print("one client, goal command p50: %.1f ms on a young family (under 120 events), %.1f ms on one "
                    + "with %,d events: %.2f x", flat[0], flat[1], history, flat[1] / flat[0]);
            print("heap high-water mark: %d MiB of %d MiB", peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    /** 16 clients commit one event-shaped row per transaction, as the event store does per command. */
    private static double rawCommits(Benchmarks.Database database, int seconds) throws Exception {
        try (Connection connection = database.connect();
             Statement statement = connection.createStatement()) {
            // Its own schema: the application's migrations expect an empty public schema.
            statement.execute("CREATE SCHEMA raw");
            statement.execute("CREATE TABLE raw.raw_event (globalindex bigserial PRIMARY KEY, "
                    + "aggregateidentifier varchar(255) NOT NULL, sequencenumber bigint NOT NULL, "
                    + "type varchar(255), eventidentifier varchar(255) NOT NULL UNIQUE, metadata bytea, "
                    + "payload bytea NOT NULL, payloadrevision varchar(255), payloadtype varchar(255) NOT NULL, "
                    + "timestamp varchar(255) NOT NULL, UNIQUE (aggregateidentifier, sequencenumber))");
        }
        byte[] payload = ("{\"trajectoryId\":\"" + UUID.randomUUID() + "\",\"goalNumber\":1,\"description\":"
                + "\"Daan gaat weer elke dag naar school\",\"lifeDomain\":\"EDUCATION_AND_UPBRINGING\"}").getBytes();
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong commits = new AtomicLong();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            running.add(clients.submit(() -> {
                String aggregate = UUID.randomUUID().toString();
                try (Connection connection = database.connect();
                     PreparedStatement insert = connection.prepareStatement("INSERT INTO raw.raw_event "
                             + "(aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload, "
                             + "payloadrevision, payloadtype, timestamp) VALUES (?, ?, 'FamilyTrajectory', ?, ?, ?, "
                             + "'1', 'nl.oneplan.events.GoalSet', ?)")) {
                    long sequence = 0;
                    while (System.nanoTime() < until) {
                        insert.setString(1, aggregate);
                        insert.setLong(2, sequence++);
                        insert.setString(3, UUID.randomUUID().toString());
                        insert.setBytes(4, "{}".getBytes());
                        insert.setBytes(5, payload);
                        insert.setString(6, Instant.now().toString());
                        insert.executeUpdate();
                        commits.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        clients.shutdown();
        return commits.get() / (double) seconds;
    }

    /** 16 clients set goals on 64 families, each client on its own families, for {@code seconds}. */
    private static Latencies goals(String base, List<String> families, int seconds) throws Exception {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<long[]>> running = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int first = client;
            running.add(clients.submit(() -> {
                Api api = new Api(base, "sanne");
                long[] took = new long[1 << 16];
                int done = 0;
                for (int i = 0; System.nanoTime() < until && done < took.length; i++) {
                    String family = families.get((first + i * CLIENTS) % families.size());
                    long started = System.nanoTime();
                    ok(api.post("/api/trajectories/" + family + "/goals", """
                            {"description":"Doel","lifeDomain":"HOUSING","startDate":"2026-02-01",
                             "plannedEndDate":"2026-06-01"}"""));
                    took[done++] = System.nanoTime() - started;
                    sampleHeap();
                }
                return Arrays.copyOf(took, done);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> client : running) {
            all.add(client.get());
        }
        clients.shutdown();
        return Latencies.of(all, seconds);
    }

    /** The command alone, the command followed by the plan read with its consistency token, and a read alone. */
    private static Latencies[] readYourWrite(Api api, String family, int rounds) {
        long[] command = new long[rounds];
        long[] both = new long[rounds];
        long[] read = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long reading = System.nanoTime();
            ok(api.get("/api/trajectories/" + family + "/plan"));
            read[i] = System.nanoTime() - reading;
            long started = System.nanoTime();
            Response set = ok(api.post("/api/trajectories/" + family + "/goals", """
                    {"description":"Doel","lifeDomain":"HOUSING","startDate":"2026-02-01",
                     "plannedEndDate":"2026-06-01"}"""));
            long accepted = System.nanoTime();
            ok(api.get("/api/trajectories/" + family + "/plan", "OnePlan-Consistency-Token",
                    set.text("consistencyToken")));
            long consistent = System.nanoTime();
            command[i] = accepted - started;
            both[i] = consistent - started;
            sampleHeap();
        }
        return new Latencies[]{Latencies.of(List.of(command), 0), Latencies.of(List.of(both), 0),
                Latencies.of(List.of(read), 0)};
    }

    /**
     * Goal commands on a young family (under 120 events by the end) and on one with {@code history}
     * events (made through the API), one client taking turns, p50 of each.
     */
    private static double[] historyRatio(Api api, int history) {
        String small = open(api, "Klein");
        String large = open(api, "Groot");
        String base = "/api/trajectories/" + large;
        long version = 0;
        // Contact details changed again and again: a long history that keeps the plan itself small.
        for (int i = 0; version < history; i++) {
            Response recorded = ok(api.put(base + "/family-contact", """
                    {"address":"Markt %d","placeOfResidence":"Gouda"}""".formatted(i)));
            version = Long.parseLong(recorded.text("version"));
        }
        for (int i = 0; i < 5; i++) {
            goal(api, small);
        }
        long[] onSmall = new long[100];
        long[] onLarge = new long[100];
        for (int i = 0; i < onSmall.length; i++) {
            onSmall[i] = goal(api, small);
            onLarge[i] = goal(api, large);
        }
        return new double[]{Latencies.of(List.of(onSmall), 0).percentile(50),
                Latencies.of(List.of(onLarge), 0).percentile(50)};
    }

    private static String open(Api api, String name) {
        return ok(api.post("/api/trajectories", """
                {"familyName":"%s","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}"""
                .formatted(name))).text("trajectoryId");
    }

    private static long goal(Api api, String family) {
        long started = System.nanoTime();
        ok(api.post("/api/trajectories/" + family + "/goals", """
                {"description":"Doel","lifeDomain":"HOUSING","startDate":"2026-02-01",
                 "plannedEndDate":"2026-06-01"}"""));
        sampleHeap();
        return System.nanoTime() - started;
    }

    private record Latencies(long[] sortedNanos, int seconds) {
        static Latencies of(List<long[]> perClient, int seconds) {
            long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Latencies(all, seconds);
        }

        double perSecond() {
            return sortedNanos.length / (double) seconds;
        }

        double percentile(int p) {
            int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, index)] / 1_000_000.0;
        }
    }

}
