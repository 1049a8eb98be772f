package nl.oneplan.app.benchmark;

import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.query.projection.ProjectionStatus;
import nl.oneplan.query.projection.ProjectionStatuses;
import nl.oneplan.query.projection.RebuildStatus;
import nl.oneplan.query.projection.Rebuilds;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.oneplan.app.benchmark.Benchmarks.ok;
import static nl.oneplan.app.benchmark.Benchmarks.peakHeap;
import static nl.oneplan.app.benchmark.Benchmarks.print;
import static nl.oneplan.app.benchmark.Benchmarks.sampleHeap;
import static nl.oneplan.app.benchmark.Benchmarks.start;

/**
 * Seeds a store with realistic events (families made through the API, then copied with new ids
 * until the store holds {@code -Devents}, default 1,000,000), reads them once with plain JDBC
 * for the PostgreSQL limit on this machine, then rebuilds every projection from the first event
 * and then all of them again blue/green while they serve; prints events per second of each next to
 * the raw read. Not a test: run it with {@code ./mvnw -pl app -Pbenchmark verify} after an install.
 * {@code -Dreplay=processors} replays with Axon's pooled processors instead of the store reader
 * ({@code -Dbatch=} their batch size, default 1000), with the same ANALYZE, to compare the two.
 */
public final class RebuildBenchmark {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String COLUMNS = "aggregateidentifier, sequencenumber, type, eventidentifier, metadata, "
            + "payload, payloadrevision, payloadtype, timestamp";
    /** Families whose events are interleaved, as in a store many coordinators write to at once. */
    private static final int INTERLEAVED = 64;

    private record StoredEvent(String aggregate, long sequence, String type, String eventId, String metadata,
                               String payload, String revision, String payloadType, String timestamp) {
    }

    private RebuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long events = Long.getLong("events", 1_000_000);
        int templates = Integer.getInteger("templates", 12);
        Benchmarks.Database database = Benchmarks.fresh("oneplan_benchmark");
        String url = database.url();
        String user = database.user();
        String password = database.password();

        long started = System.nanoTime();
        try (ConfigurableApplicationContext command = start("command", database)) {
            Api api = new Api("http://localhost:" + command.getEnvironment().getProperty("local.server.port"),
                    "sanne");
            for (int i = 0; i < templates; i++) {
                family(api, i);
            }
        }
        List<List<StoredEvent>> families = templates(url, user, password);
        long seeded = copy(url, user, password, families, events);
        print("seeded %,d events (%d template families through the API, copied with new ids) in %.1f s", seeded,
                templates, seconds(started));

        double raw = rawRead(url, user, password, seeded);
        print("raw PostgreSQL read of all %,d events (JDBC, fetch size 1000): %,.0f events/s", seeded, raw);

        boolean processors = "processors".equals(System.getProperty("replay"));
        List<String> replay = new ArrayList<>();
        if (processors) {
            replay.add("--oneplan.rebuilds.store-reader=false");
            String batch = System.getProperty("batch", "1000");
            replay.add("--oneplan.projections.batch-size=" + batch);
            print("replaying with Axon's pooled processors (batch size %s) instead of the store reader", batch);
        }
        long rebuilding = System.nanoTime();
        try (ConfigurableApplicationContext query = start("query", database,
                replay.toArray(String[]::new))) {
            print("query node started in %.1f s (counted in the rebuild below)", seconds(rebuilding));
            ProjectionStatuses statuses = query.getBean(ProjectionStatuses.class);
            Map<String, Double> done = awaitAll(statuses, rebuilding);
            double all = seeded / seconds(rebuilding);
            done.forEach((name, seconds) -> print("  %-22s caught up after %6.1f s: %,8.0f events/s (%.2f x raw)",
                    name, seconds, seeded / seconds, seeded / seconds / raw));
            print("rebuild of all projections from the first event: %,.0f events/s (%.2f x raw), peak heap %d MiB",
                    all, all / raw, peakHeap() >> 20);

            Rebuilds rebuilds = query.getBean(Rebuilds.class);
            long blueGreen = System.nanoTime();
            rebuilds.startAll("benchmark");
            while (!rebuilds.rebuildable().stream()
                    .allMatch(name -> rebuilds.status(name).state().equals("COMPLETED"))) {
                sampleHeap();
                // Polling the status: fine enough for a run of minutes, and it samples the heap.
                Thread.sleep(200);
            }
            for (String name : rebuilds.rebuildable()) {
                RebuildStatus status = rebuilds.status(name);
                double seconds = Duration.between(status.startedAt(), status.finishedAt()).toMillis() / 1000.0;
                print("  %-22s rebuilt beside the serving version in %6.1f s", name, seconds);
            }
            double report = seeded / seconds(blueGreen);
            print("blue/green rebuild of all projections while they serve: %,.0f events/s (%.2f x raw)", report,
                    report / raw);
        }
    }

    /** Waits until every projection that writes has read up to the newest event; seconds per projection. */
    private static Map<String, Double> awaitAll(ProjectionStatuses statuses, long since) throws InterruptedException {
        Map<String, Double> done = new LinkedHashMap<>();
        while (true) {
            sampleHeap();
            List<ProjectionStatus> writing = statuses.all().stream()
                    .filter(status -> !"IDLE".equals(status.state())).toList();
            for (ProjectionStatus status : writing) {
                if (status.segments() > 0 && status.lag() == 0 && status.position() >= status.head()) {
                    done.putIfAbsent(status.name(), seconds(since));
                }
            }
            if (!writing.isEmpty() && done.keySet().containsAll(writing.stream().map(ProjectionStatus::name)
                    .toList())) {
                return done;
            }
            // Measured to the 0.2 s, in runs of minutes.
            Thread.sleep(200);
        }
    }

    /** One family's history through the API: members, network, goals, consent and sharing, a round table, closure. */
    private static void family(Api api, int number) {
        Response opened = ok(api.post("/api/trajectories", """
                {"familyName":"Benchmark %d","municipality":"%s","startDate":"2026-01-05",
                 "registration":{"route":"%s"%s}}""".formatted(number, number % 2 == 0 ? "Gouda" : "Utrecht",
                number % 3 == 0 ? "SCHOOL" : "SELF", number % 3 == 0 ? ",\"agency\":\"De Regenboog\"" : "")));
        String base = "/api/trajectories/" + opened.text("trajectoryId");
        String coordinator = opened.text("participantId");
        String mother = ok(api.post(base + "/members", """
                {"name":"Petra Jansen","dateOfBirth":"1985-04-02","role":"PARENT","custody":true}""")).text("memberId");
        String child = ok(api.post(base + "/members", """
                {"name":"Daan Jansen","dateOfBirth":"2016-09-12","role":"CHILD"}""")).text("memberId");
        String teacher = ok(api.post(base + "/participants", """
                {"name":"Marloes Kok","kind":"PROFESSIONAL","organisation":"Basisschool De Regenboog"}"""))
                .text("participantId");
        String aunt = ok(api.post(base + "/participants", """
                {"name":"Els Bakker","kind":"NETWORK","networkCategory":"RELATIVES"}""")).text("participantId");
        ok(api.put(base + "/coordinator", "{\"participantId\":\"" + coordinator + "\"}"));
        String[] domains = {"EDUCATION_AND_UPBRINGING", "HOUSING", "WORK_INCOME_DEBTS"};
        for (String domain : domains) {
            ok(api.post(base + "/goals", """
                    {"description":"Doel","lifeDomain":"%s","startDate":"2026-01-05","plannedEndDate":"2026-06-30",
                     "formulatedBy":"TOGETHER"}""".formatted(domain)));
        }
        for (String who : new String[]{teacher, aunt, mother}) {
            ok(api.post(base + "/agreements", """
                    {"goalNumber":1,"who":"%s","what":"Afspraak","startDate":"2026-01-06",
                     "plannedEndDate":"2026-03-01"}"""
                    .formatted(who)));
        }
        ok(api.post(base + "/consents", """
                {"aboutMemberIds":["%s"],"givenByMemberIds":["%s"],
                 "recipient":{"organisation":"Basisschool De Regenboog"},
                 "categories":[{"type":"GOALS","lifeDomain":"EDUCATION_AND_UPBRINGING"}],
                 "purposes":[{"code":"CARE_COORDINATION"}],"form":"VERBAL"}""".formatted(child, mother)));
        ok(api.post(base + "/disclosures", """
                {"recipient":{"participantId":"%s"},"aboutMemberIds":["%s"],
                 "categories":[{"type":"GOALS","lifeDomain":"EDUCATION_AND_UPBRINGING"}],
                 "purpose":{"code":"CARE_COORDINATION"},"channel":"EMAIL"}""".formatted(teacher, child)));
        ok(api.post(base + "/round-tables", """
                {"startsAt":"2026-02-10T14:00:00","place":"CJG","parts":[
                  {"topic":"Alles","memberIds":["%s"],"participantIds":["%s","%s"]}]}"""
                .formatted(mother, coordinator, aunt)));
        ok(api.post(base + "/round-tables/1/held", """
                {"heldOn":"2026-02-10","attendance":[{"memberIds":["%s"],"participantIds":["%s","%s"]}],
                 "goalReviews":[{"goalNumber":1,"outcome":"ACHIEVED"}]}""".formatted(mother, coordinator, aunt)));
        ok(api.post(base + "/agreements/3/completion", "{\"completedOn\":\"2026-02-20\"}"));
        ok(api.post(base + "/escalations", """
                {"to":"TEAM_LEAD","reasonCode":"AGREEMENTS_NOT_KEPT","reason":"Vast","escalatedOn":"2026-03-01"}"""));
        ok(api.post(base + "/escalations/1/deescalation", """
                {"resolution":"Opgelost","deescalatedOn":"2026-03-09"}"""));
        if (number % 2 == 0) {
            ok(api.post(base + "/closure-proposal", "{\"reason\":\"GOALS_REACHED\",\"proposedOn\":\"2026-05-01\"}"));
            ok(api.post(base + "/final-evaluation", """
                    {"heldOn":"2026-05-05","familyJudgesEnough":true,"memberIds":["%s"]}""".formatted(mother)));
            ok(api.post(base + "/closure-information", """
                    {"informed":[{"party":"huisarts","informedBy":"%s","informedOn":"2026-05-06"}]}"""
                    .formatted(mother)));
            ok(api.post(base + "/closure", "{\"closedOn\":\"2026-05-07\"}"));
        }
    }

    /** The template families' events, per family in sequence order. */
    private static List<List<StoredEvent>> templates(String url, String user, String password) throws SQLException {
        Map<String, List<StoredEvent>> byFamily = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT " + COLUMNS + " FROM domainevententry "
                     + "ORDER BY aggregateidentifier, sequencenumber")) {
            while (rs.next()) {
                byFamily.computeIfAbsent(rs.getString(1), key -> new ArrayList<>()).add(new StoredEvent(
                        rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        new String(rs.getBytes(5), StandardCharsets.UTF_8),
                        new String(rs.getBytes(6), StandardCharsets.UTF_8), rs.getString(7), rs.getString(8),
                        rs.getString(9)));
            }
        }
        return new ArrayList<>(byFamily.values());
    }

    /**
     * Copies the templates with every id replaced (trajectory, members, participants, consents,
     * messages) until the store holds {@code target} events; families interleave in groups.
     */
    private static long copy(String url, String user, String password, List<List<StoredEvent>> templates,
                             long target) throws SQLException {
        long stored;
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            stored = count(connection);
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY domainevententry (" + COLUMNS + ") FROM STDIN");
            HexFormat hex = HexFormat.of();
            int clone = 0;
            StringBuilder rows = new StringBuilder(1 << 20);
            while (stored < target) {
                List<List<StoredEvent>> group = new ArrayList<>();
                for (int i = 0; i < INTERLEAVED; i++) {
                    group.add(renamed(templates.get(clone % templates.size()), clone));
                    clone++;
                }
                int longest = group.stream().mapToInt(List::size).max().orElse(0);
                for (int step = 0; step < longest && stored < target; step++) {
                    for (List<StoredEvent> family : group) {
                        if (step < family.size() && stored < target) {
                            StoredEvent e = family.get(step);
                            rows.append(e.aggregate()).append('\t').append(e.sequence()).append('\t')
                                    .append(e.type()).append('\t').append(e.eventId()).append("\t\\\\x")
                                    .append(hex.formatHex(e.metadata().getBytes(StandardCharsets.UTF_8)))
                                    .append("\t\\\\x")
                                    .append(hex.formatHex(e.payload().getBytes(StandardCharsets.UTF_8)))
                                    .append('\t').append(e.revision() == null ? "\\N" : e.revision()).append('\t')
                                    .append(e.payloadType()).append('\t').append(e.timestamp()).append('\n');
                            stored++;
                        }
                    }
                    if (rows.length() > (1 << 20)) {
                        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                        copy.writeToCopy(bytes, 0, bytes.length);
                        rows.setLength(0);
                    }
                }
            }
            byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE domainevententry");
            }
        }
        return stored;
    }

    private static List<StoredEvent> renamed(List<StoredEvent> family, int clone) {
        Map<String, String> ids = new HashMap<>();
        List<StoredEvent> renamed = new ArrayList<>(family.size());
        for (StoredEvent e : family) {
            renamed.add(new StoredEvent(rename(e.aggregate(), ids, clone), e.sequence(), e.type(),
                    UUID.randomUUID().toString(), rename(e.metadata(), ids, clone), rename(e.payload(), ids, clone),
                    e.revision(), e.payloadType(), e.timestamp()));
        }
        return renamed;
    }

    private static String rename(String text, Map<String, String> ids, int clone) {
        Matcher matcher = UUID_TEXT.matcher(text);
        StringBuilder result = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(result, ids.computeIfAbsent(matcher.group(),
                    id -> UUID.nameUUIDFromBytes((id + "/" + clone).getBytes(StandardCharsets.UTF_8)).toString()));
        }
        return matcher.appendTail(result).toString();
    }

    /** Every column of every event, streamed in global order: what a processor must at least read. */
    private static double rawRead(String url, String user, String password, long expected) throws SQLException {
        long started = System.nanoTime();
        long rows = 0;
        long bytes = 0;
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement("SELECT globalindex, " + COLUMNS
                    + " FROM domainevententry ORDER BY globalindex")) {
                select.setFetchSize(1000);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        bytes += rs.getBytes(6).length + rs.getBytes(7).length + rs.getString(2).length();
                    }
                }
            }
        }
        if (rows != expected || bytes == 0) {
            throw new IllegalStateException("read " + rows + " events, expected " + expected);
        }
        return rows / seconds(started);
    }

    private static long count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM domainevententry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

}
