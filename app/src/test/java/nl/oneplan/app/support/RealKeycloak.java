package nl.oneplan.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A real Keycloak server for tests, without Docker: the server distribution from Maven Central
 * ({@code org.keycloak:keycloak-quarkus-dist}, unpacked into {@code target/keycloak} by the app
 * module's pom before the tests) run as a child process with {@code bin/kc.sh start-dev}, importing
 * {@code deploy/keycloak/oneplan-realm.json}.
 * <p>
 * Each fresh start gets a Keycloak home of its own under {@code target/keycloak-runs}: {@code lib},
 * {@code conf}, {@code themes} and {@code providers} link to the distribution, {@code data} (the H2
 * database, the import directory) is new, so every fresh start is a fresh realm import. Keycloak
 * listens on 127.0.0.1 on a free port chosen once per instance (never 8080 or 8180), with its
 * hostname fixed to that address so the issuer stays the same across restarts. Its output goes to
 * {@code target/keycloak-<port>-<run>.log}, printed when it does not come up within three minutes.
 * <p>
 * Use it as a JUnit extension ({@code @RegisterExtension static final RealKeycloak KEYCLOAK =
 * RealKeycloak.oneplanRealm();}): it starts before the class's tests and stops after them; a
 * shutdown hook kills whatever is still running when the test JVM ends. Without the unpacked
 * distribution (e.g. run from an IDE before {@code mvn process-test-resources}) or without a JDK
 * Keycloak runs on, the class's tests are skipped with the reason.
 * <p>
 * The JDK: {@code -Dkeycloak.java.home} or {@code KEYCLOAK_JAVA_HOME} when set; otherwise, among
 * this JVM's, {@code JAVA_HOME} and {@code /usr/lib/jvm/*}, Java 21 (what Keycloak's own image
 * runs), else the newest above it, else the newest the distribution's class files run on.
 */
public final class RealKeycloak implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    public static final String REALM = "oneplan";
    public static final String CLIENT_ID = "oneplan";
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final int PREFERRED_JAVA = 21;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<RealKeycloak> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(RealKeycloak::kill),
                "real-keycloak-shutdown"));
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path target;
    private final Path realmFile;
    private final Path distribution;
    private final JavaHome java;
    private final String unavailable;
    private final int port;
    private volatile Process process;
    private Path home;
    private Path log;
    private int runs;
    private Duration lastStartup;
    /** Environment the realm file's placeholders read (e.g. OnePlan's public address). */
    private final Map<String, String> realmEnvironment = new ConcurrentHashMap<>();

    private RealKeycloak(Path target, Path realmFile, Path distribution, JavaHome java, String unavailable) {
        this.target = target;
        this.realmFile = realmFile;
        this.distribution = distribution;
        this.java = java;
        this.unavailable = unavailable;
        this.port = freePort();
    }

    /** Keycloak with the project's realm ({@code deploy/keycloak/oneplan-realm.json}); not started yet. */
    public static RealKeycloak oneplanRealm() {
        Path target = targetDirectory();
        Path realm = projectFile(target, Path.of("deploy", "keycloak", "oneplan-realm.json"));
        if (realm == null) {
            return new RealKeycloak(target, null, null, null,
                    "deploy/keycloak/oneplan-realm.json not found above " + target);
        }
        Path distribution = distribution(target);
        if (distribution == null) {
            return new RealKeycloak(target, realm, null, null, "no Keycloak distribution in " + target.resolve("keycloak")
                    + " (the app module unpacks org.keycloak:keycloak-quarkus-dist there in process-test-resources:"
                    + " run the tests through Maven, e.g. ./mvnw -pl app verify -Dtest=KeycloakRealmTest)");
        }
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win")) {
            return new RealKeycloak(target, realm, distribution, null, "RealKeycloak runs bin/kc.sh, which needs a POSIX shell");
        }
        int minimum = minimumJava(distribution);
        String chosen = chosenJava();
        Optional<JavaHome> java = javaFor(minimum);
        if (java.isEmpty() && chosen != null) {
            return new RealKeycloak(target, realm, distribution, null, "the JDK named by -Dkeycloak.java.home or "
                    + "KEYCLOAK_JAVA_HOME, " + chosen + ", is not a JDK " + minimum + "+ (no bin/java or release file,"
                    + " or too old) for Keycloak " + distribution.getFileName());
        }
        if (java.isEmpty()) {
            return new RealKeycloak(target, realm, distribution, null, "no JDK " + minimum + "+ found for Keycloak "
                    + distribution.getFileName() + " (looked at JAVA_HOME, this JVM and /usr/lib/jvm/*; name one with"
                    + " -Dkeycloak.java.home or KEYCLOAK_JAVA_HOME)");
        }
        return new RealKeycloak(target, realm, distribution, java.get(), null);
    }

    // ---------------------------------------------------------------------------------------------
    // JUnit

    @Override
    public void beforeAll(ExtensionContext context) {
        if (unavailable == null && !running()) {
            startFresh();
        }
    }

    /**
     * Skips each test when Keycloak cannot run here: assumed per test rather than in beforeAll,
     * where Surefire would report the class as 0 tests with the reason nowhere.
     */
    @Override
    public void beforeEach(ExtensionContext context) {
        assumeAvailable();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    /** Sets a variable for the next start, as a deployment sets what the realm file's {@code ${…}} read. */
    public RealKeycloak withEnvironment(String name, String value) {
        realmEnvironment.put(name, value);
        return this;
    }

    /** Skips the calling test (class) when this machine cannot run Keycloak, saying why. */
    public void assumeAvailable() {
        Assumptions.assumeTrue(unavailable == null, () -> "Real Keycloak not available: " + unavailable);
    }

    // ---------------------------------------------------------------------------------------------
    // Life cycle

    /**
     * Starts Keycloak on {@link #port()} and waits until the realm's discovery document answers: with
     * the data of the previous run (the same users, sessions and signing keys: the provider comes
     * back), or fresh when it never ran.
     */
    public synchronized void start() {
        requireStopped();
        if (home == null) {
            startFresh();
        } else {
            launch();
        }
    }

    /**
     * Starts Keycloak on {@link #port()} with a new, empty data directory: a fresh import of the
     * realm (new signing keys, no sessions; user ids as fixed in the realm file).
     */
    public synchronized void startFresh() {
        assumeAvailable();
        requireStopped();
        try {
            Path homes = Files.createDirectories(target.resolve("keycloak-runs"));
            if (home != null) {
                deleteTree(home);
            }
            home = homes.resolve(port + "-" + (runs + 1));
            deleteTree(home);
            Files.createDirectories(home.resolve("bin"));
            Files.copy(distribution.resolve("bin/kc.sh"), home.resolve("bin/kc.sh"), StandardCopyOption.REPLACE_EXISTING);
            for (String shared : List.of("lib", "conf", "themes", "providers")) {
                Files.createSymbolicLink(home.resolve(shared), distribution.resolve(shared).toAbsolutePath());
            }
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realmFile, imports.resolve(REALM + "-realm.json"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare a Keycloak home in " + target.resolve("keycloak-runs"), e);
        }
        launch();
    }

    /** Stops Keycloak (gracefully, then forcibly after 30 seconds); a no-op when it is not running. */
    public synchronized void stop() {
        Process running = process;
        if (running == null) {
            return;
        }
        List<ProcessHandle> tree = tree(running);
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception notYet) {
                System.err.println("Keycloak (pid " + handle.pid() + ") did not stop within " + STOP_TIMEOUT
                        + "; killing it");
                break;
            }
        }
        kill(tree);
    }

    private void requireStopped() {
        if (running()) {
            throw new IllegalStateException("Keycloak is running at " + baseUri() + "; stop() it first");
        }
    }

    public boolean running() {
        Process running = process;
        return running != null && running.isAlive();
    }

    private void launch() {
        runs++;
        log = target.resolve("keycloak-" + port + "-" + runs + ".log");
        ProcessBuilder builder = new ProcessBuilder("sh", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--import-realm",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--hostname=" + baseUri(),
                "--log-console-color=false")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        // Nothing of the caller's Keycloak or JVM settings (a KC_DB, DEBUG=true opening a debug port, ...).
        environment.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("KEYCLOAK_")
                || name.startsWith("JAVA_OPTS") || name.startsWith("DEBUG") || Set.of("JAVA", "JAVA_ADD_OPENS",
                "JAVA_LOCALE", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "PRINT_ENV").contains(name));
        environment.put("JAVA_HOME", java.path().toString());
        environment.put("JAVA_OPTS_APPEND", String.join(" ", javaOptions()));
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        environment.putAll(realmEnvironment);
        long started = System.nanoTime();
        Process launched;
        try {
            launched = builder.start();
            process = launched;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + home.resolve("bin/kc.sh"), e);
        }
        RUNNING.add(this);
        String failure = awaitDiscovery(launched, started);
        if (failure != null) {
            String output = logText();
            System.err.println("---- Keycloak log " + log + " ----\n" + output + "\n---- end of Keycloak log ----");
            kill();
            throw new IllegalStateException("Keycloak " + distribution.getFileName() + " on Java " + java.version()
                    + " (" + java.path() + ") " + failure + "; its log: " + log + "\n" + tail(output, 40));
        }
        lastStartup = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("Keycloak %s on Java %s (%s) answered at %s after %.1f s (log %s)%n",
                distribution.getFileName(), java.version(), java.path(), issuerUri(),
                lastStartup.toMillis() / 1000.0, log);
    }

    /**
     * JVM options beside kc.sh's own: a short-lived test server starts faster compiled by C1 only;
     * on Java 24+ Keycloak 26.4's shutdown needs java.lang opened (without it: "IllegalAccessError:
     * module java.base does not open java.lang to unnamed module ... use this JVM option:
     * --add-opens java.base/java.lang=ALL-UNNAMED").
     */
    private List<String> javaOptions() {
        List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1"));
        if (java.feature() >= 24) {
            options.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
        }
        return options;
    }

    /** Null when the realm's discovery document names the expected issuer, else what went wrong. */
    private String awaitDiscovery(Process launched, long started) {
        URI discovery = URI.create(issuerUri() + "/.well-known/openid-configuration");
        Duration left = Duration.ofNanos(Math.max(1, started + STARTUP_TIMEOUT.toNanos() - System.nanoTime()));
        AtomicReference<String> last = new AtomicReference<>("no answer");
        AtomicReference<String> failed = new AtomicReference<>();
        try {
            Awaitility.await().atMost(left).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!launched.isAlive()) {
                    failed.set("exited with status " + launched.exitValue() + " before its realm answered");
                    return true;
                }
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(discovery)
                            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        String issuer = JSON.readTree(response.body()).path("issuer").asText();
                        if (!issuer.equals(issuerUri())) {
                            failed.set("answered with issuer " + issuer + ", expected " + issuerUri());
                        }
                        return true;
                    }
                    last.set("status " + response.statusCode());
                } catch (ConnectException notYet) {
                    last.set("connection refused");
                } catch (IOException e) {
                    last.set(e.toString());
                }
                return false;
            });
        } catch (ConditionTimeoutException e) {
            return "did not answer " + discovery + " within " + STARTUP_TIMEOUT + " (last: " + last.get() + ")";
        }
        return failed.get();
    }

    /** Kills the process and everything it started, at once. Not synchronized: the shutdown hook calls it. */
    private void kill() {
        Process running = process;
        if (running != null) {
            kill(tree(running));
        }
    }

    private void kill(List<ProcessHandle> tree) {
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // Best effort: the JVM may be shutting down.
            }
        }
        RUNNING.remove(this);
        process = null;
    }

    /** The process's descendants (Keycloak's JVM below kc.sh) first, then the process itself. */
    private static List<ProcessHandle> tree(Process process) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        return tree;
    }

    // ---------------------------------------------------------------------------------------------
    // What tests use

    /** {@code http://127.0.0.1:<port>}: where Keycloak listens and what it calls itself. */
    public String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    /** The realm's issuer, the same across restarts of this instance. */
    public String issuerUri() {
        return baseUri() + "/realms/" + REALM;
    }

    public int port() {
        return port;
    }

    /** The realm file imported, {@code deploy/keycloak/oneplan-realm.json}. */
    public Path realmFile() {
        return realmFile;
    }

    /** The Keycloak home of the current (or last) run; a new one for each fresh start. */
    public Path home() {
        return home;
    }

    /** The log of the current (or last) run. */
    public Path log() {
        return log;
    }

    /** The JDK Keycloak runs on, and its version. */
    public String java() {
        return java == null ? null : java.version() + " (" + java.path() + ")";
    }

    /** The distribution's directory name, {@code keycloak-<version>}. */
    public String distribution() {
        return distribution == null ? null : distribution.getFileName().toString();
    }

    /** How long the last start took until the realm answered. */
    public Duration lastStartup() {
        return lastStartup;
    }

    /** The answer of the token endpoint: a status and its JSON. */
    public record TokenResponse(int status, JsonNode json) {
        public boolean ok() {
            return status == 200;
        }

        public String accessToken() {
            return text("access_token");
        }

        public String refreshToken() {
            return text("refresh_token");
        }

        public String idToken() {
            return text("id_token");
        }

        /** The access token's claims (its payload, not verified here: OnePlan does that). */
        public JsonNode accessClaims() {
            return claims(accessToken());
        }

        public String error() {
            return text("error");
        }

        private String text(String field) {
            JsonNode node = json.path(field);
            return node.isMissingNode() || node.isNull() ? null : node.asText();
        }

        @Override
        public String toString() {
            return status + " " + json;
        }
    }

    /** The access token of a password grant of the realm's client {@code oneplan}; fails unless granted. */
    public String token(String username, String password) {
        return tokens(username, password).accessToken();
    }

    /** The whole answer to a password grant (access, refresh and id token); fails unless granted. */
    public TokenResponse tokens(String username, String password) {
        TokenResponse response = passwordGrant(username, password);
        if (!response.ok()) {
            throw new IllegalStateException("Keycloak refused a token for " + username + ": " + response);
        }
        return response;
    }

    /** The answer to a password grant, whatever it is (e.g. 401 for a wrong password). */
    public TokenResponse passwordGrant(String username, String password) {
        return passwordGrant(CLIENT_ID, username, password);
    }

    /** The same for another client of the realm (every realm has the public client {@code admin-cli}). */
    public TokenResponse passwordGrant(String clientId, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        return tokenEndpoint(form);
    }

    /**
     * Changes realm settings as an administrator would in the admin console (only the fields given,
     * e.g. {@code {"accessTokenLifespan":10}}), through the admin API with the bootstrap admin.
     */
    public void updateRealm(String settings) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", "admin-cli");
        form.put("username", "admin");
        form.put("password", "admin");
        String body = form.entrySet().stream().map(field -> field.getKey() + "=" + field.getValue())
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> admin = http.send(HttpRequest.newBuilder(URI.create(baseUri()
                            + "/realms/master/protocol/openid-connect/token")).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            String token = JSON.readTree(admin.body()).path("access_token").asText();
            HttpResponse<String> updated = http.send(HttpRequest.newBuilder(URI.create(baseUri() + "/admin/realms/"
                            + REALM)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(settings))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (updated.statusCode() != 204) {
                throw new IllegalStateException("Keycloak refused the realm update (" + updated.statusCode() + "): "
                        + updated.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak's admin API at " + baseUri() + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The answer to a refresh grant, whatever it is (e.g. 400 invalid_grant for an unknown session). */
    public TokenResponse refresh(String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("client_id", CLIENT_ID);
        form.put("refresh_token", refreshToken);
        return tokenEndpoint(form);
    }

    private TokenResponse tokenEndpoint(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuerUri() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
            return new TokenResponse(response.statusCode(), json);
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak's token endpoint at " + request.uri() + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JWT's claims, read without verifying it. */
    public static JsonNode claims(String jwt) {
        return jwtPart(jwt, 1);
    }

    /** A JWT's header (alg, kid), read without verifying it. */
    public static JsonNode header(String jwt) {
        return jwtPart(jwt, 0);
    }

    private static JsonNode jwtPart(String jwt, int part) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a JWT: " + jwt);
        }
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[part]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Finding things

    /** {@code app/target}, from where this class was loaded ({@code target/test-classes}). */
    private static Path targetDirectory() {
        try {
            Path classes = Path.of(RealKeycloak.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (classes.getParent() != null && classes.getParent().getFileName().toString().equals("target")) {
                return classes.getParent();
            }
        } catch (URISyntaxException | RuntimeException notAFile) {
            // Fall back to the working directory, which Maven sets to the module.
        }
        return Path.of("target").toAbsolutePath();
    }

    private static Path projectFile(Path from, Path relative) {
        for (Path directory = from; directory != null; directory = directory.getParent()) {
            if (Files.isRegularFile(directory.resolve(relative))) {
                return directory.resolve(relative);
            }
        }
        return null;
    }

    /**
     * {@code target/keycloak/keycloak-<keycloak.version>} (the pom passes the version to the tests),
     * or else the newest unpacked one.
     */
    private static Path distribution(Path target) {
        Path unpacked = target.resolve("keycloak");
        String version = System.getProperty("keycloak.version");
        if (version != null && !version.isBlank()) {
            Path named = unpacked.resolve("keycloak-" + version);
            return Files.isRegularFile(named.resolve("bin/kc.sh")) ? named : null;
        }
        if (!Files.isDirectory(unpacked)) {
            return null;
        }
        try (Stream<Path> found = Files.list(unpacked)) {
            return found.filter(directory -> Files.isRegularFile(directory.resolve("bin/kc.sh")))
                    .max(Comparator.comparing(directory -> versionKey(directory.getFileName().toString())))
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static String versionKey(String name) {
        return Stream.of(name.replaceAll("[^0-9.]", "").split("\\."))
                .filter(part -> !part.isEmpty())
                .map(part -> String.format("%05d", Integer.parseInt(part)))
                .collect(Collectors.joining("."));
    }

    /** The Java version the distribution's own classes are compiled for (class file major - 44). */
    private static int minimumJava(Path distribution) {
        try (Stream<Path> jars = Files.list(distribution.resolve("lib/lib/main"))) {
            Optional<Path> server = jars.filter(jar -> jar.getFileName().toString()
                    .startsWith("org.keycloak.keycloak-quarkus-server-")).findFirst();
            if (server.isPresent()) {
                try (ZipFile zip = new ZipFile(server.get().toFile())) {
                    ZipEntry entry = zip.getEntry("org/keycloak/quarkus/runtime/Environment.class");
                    if (entry != null) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            byte[] header = in.readNBytes(8);
                            return ((header[6] & 0xff) << 8 | (header[7] & 0xff)) - 44;
                        }
                    }
                }
            }
        } catch (IOException e) {
            // Assume Keycloak 26's floor.
        }
        return 17;
    }

    private record JavaHome(Path path, int feature, String version) {
    }

    /** The JDK named by -Dkeycloak.java.home or KEYCLOAK_JAVA_HOME, or null. */
    private static String chosenJava() {
        String chosen = Optional.ofNullable(System.getProperty("keycloak.java.home"))
                .filter(value -> !value.isBlank()).orElse(System.getenv("KEYCLOAK_JAVA_HOME"));
        return chosen == null || chosen.isBlank() ? null : chosen;
    }

    private static Optional<JavaHome> javaFor(int minimum) {
        String chosen = chosenJava();
        if (chosen != null) {
            return javaHome(Path.of(chosen)).filter(java -> java.feature() >= minimum);
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of(System.getProperty("java.home")));
        Optional.ofNullable(System.getenv("JAVA_HOME")).filter(value -> !value.isBlank()).map(Path::of)
                .ifPresent(candidates::add);
        try (Stream<Path> installed = Files.list(Path.of("/usr/lib/jvm"))) {
            installed.sorted().forEach(candidates::add);
        } catch (IOException none) {
            // No system JDKs.
        }
        List<JavaHome> usable = candidates.stream().map(RealKeycloak::javaHome).flatMap(Optional::stream)
                .filter(java -> java.feature() >= minimum)
                .collect(Collectors.toMap(JavaHome::path, java -> java, (one, same) -> one, LinkedHashMap::new))
                .values().stream().toList();
        Optional<JavaHome> preferred = usable.stream().filter(java -> java.feature() >= PREFERRED_JAVA)
                .min(Comparator.comparingInt(JavaHome::feature));
        return preferred.isPresent() ? preferred
                : usable.stream().max(Comparator.comparingInt(JavaHome::feature));
    }

    /** A JDK or JRE home with an executable bin/java and a release file naming its version. */
    private static Optional<JavaHome> javaHome(Path candidate) {
        try {
            Path home = candidate.toRealPath();
            if (!Files.isExecutable(home.resolve("bin/java")) || !Files.isRegularFile(home.resolve("release"))) {
                return Optional.empty();
            }
            Properties release = new Properties();
            try (InputStream in = Files.newInputStream(home.resolve("release"))) {
                release.load(in);
            }
            String version = release.getProperty("JAVA_VERSION", "").replace("\"", "");
            String feature = version.startsWith("1.") ? version.substring(2) : version;
            int end = 0;
            while (end < feature.length() && Character.isDigit(feature.charAt(end))) {
                end++;
            }
            return end == 0 ? Optional.empty() : Optional.of(new JavaHome(home, Integer.parseInt(feature.substring(0, end)), version));
        } catch (IOException | RuntimeException unusable) {
            return Optional.empty();
        }
    }

    /** A free loopback port, never 8080 or 8180 (where a developer's OnePlan and Keycloak listen). */
    private static int freePort() {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
                int port = socket.getLocalPort();
                if (port != 8080 && port != 8180) {
                    return port;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("no free port for Keycloak", e);
            }
        }
        throw new IllegalStateException("no free port for Keycloak");
    }

    private String logText() {
        try {
            return log == null || !Files.exists(log) ? "(no log)" : Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    private static String tail(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // Files.walk does not follow the links to the distribution, so only this run's files go.
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
