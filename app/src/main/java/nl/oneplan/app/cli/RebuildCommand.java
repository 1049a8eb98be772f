package nl.oneplan.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * {@code oneplan rebuild <projection|all>}: starts a rebuild over the API of a running OnePlan
 * and follows it with a progress bar until the new version has taken over. Exit code 0 when every
 * rebuild completed, 1 when one failed or was cancelled, 2 on wrong use or an unreachable server.
 */
public final class RebuildCommand {

    static final String USAGE = """
            usage: oneplan rebuild <projection|all> [--url=http://localhost:8080] [--user=admin]
                   [--password=...] [--token=...] [--no-wait]
              password from --password or ONEPLAN_CLI_PASSWORD; with OIDC a bearer token from --token
              or ONEPLAN_CLI_TOKEN. The user needs the ADMIN or ANALYST role.""";
    private static final int BAR = 30;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final PrintStream out;
    private final Map<String, String> environment;
    private final boolean terminal;
    private final Duration pollEvery;

    public RebuildCommand(PrintStream out, Map<String, String> environment, boolean terminal, Duration pollEvery) {
        this.out = out;
        this.environment = environment;
        this.terminal = terminal;
        this.pollEvery = pollEvery;
    }

    public static void main(String[] args) {
        RebuildCommand command = new RebuildCommand(System.out, System.getenv(), System.console() != null,
                Duration.ofMillis(500));
        System.exit(command.run(args));
    }

    /** Runs {@code rebuild <projection|all> [options]}; the arguments start after "rebuild". */
    public int run(String... args) {
        Map<String, String> options = new LinkedHashMap<>();
        String projection = null;
        for (String arg : args) {
            if (arg.startsWith("--")) {
                int equals = arg.indexOf('=');
                options.put(equals < 0 ? arg.substring(2) : arg.substring(2, equals),
                        equals < 0 ? "true" : arg.substring(equals + 1));
            } else if (projection == null) {
                projection = arg;
            } else {
                return usage("one projection (or all), not " + arg);
            }
        }
        if (projection == null) {
            return usage("which projection? e.g. trajectory-report, or all");
        }
        String url = options.getOrDefault("url", "http://localhost:8080").replaceAll("/+$", "");
        String authorization = authorization(options);
        if (authorization == null) {
            return usage("no credentials: give --password (or ONEPLAN_CLI_PASSWORD) or --token");
        }
        String path = "all".equals(projection) ? "/api/projections/rebuild"
                : "/api/projections/" + projection + "/rebuild";
        try {
            HttpResponse<String> started = send(HttpRequest.newBuilder(URI.create(url + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.noBody()), authorization);
            if (started.statusCode() != 202) {
                out.println("rebuild refused: " + problem(started));
                return started.statusCode() == 409 ? 1 : 2;
            }
            List<String> names = names(json.readTree(started.body()));
            out.println("rebuilding " + String.join(", ", names) + " on " + url);
            if (options.containsKey("no-wait")) {
                return 0;
            }
            boolean allCompleted = true;
            for (String name : names) {
                allCompleted &= follow(url, name, authorization);
            }
            return allCompleted ? 0 : 1;
        } catch (IOException e) {
            out.println("cannot reach " + url + ": " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
    }

    private boolean follow(String url, String name, String authorization) throws IOException, InterruptedException {
        double lastPrinted = -10;
        while (true) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(
                    URI.create(url + "/api/projections/" + name + "/rebuild")).GET(), authorization);
            if (response.statusCode() != 200) {
                out.println(name + ": status unavailable: " + problem(response));
                return false;
            }
            JsonNode status = json.readTree(response.body());
            String state = status.path("state").asText();
            double percent = status.path("percent").asDouble();
            String line = progressLine(name, status);
            if (terminal) {
                out.print("\r" + line);
            } else if (percent >= lastPrinted + 10 || !"RUNNING".equals(state)) {
                out.println(line);
                lastPrinted = percent;
            }
            switch (state) {
                case "COMPLETED" -> {
                    out.println((terminal ? "\n" : "") + name + ": version " + status.path("activeVersion").asInt()
                            + " serves reads now");
                    return true;
                }
                case "CANCELLED", "NONE" -> {
                    out.println((terminal ? "\n" : "") + name + ": " + state.toLowerCase(Locale.ROOT)
                            + "; the current version stays");
                    return false;
                }
                // The server offers no push; a status read twice a second is cheap and enough for a bar.
                default -> Thread.sleep(pollEvery.toMillis());
            }
        }
    }

    /** {@code trajectory-report [#########.....]  62.5%  41,230 events/s  ~3 s left}. */
    static String progressLine(String name, JsonNode status) {
        double percent = status.path("percent").asDouble();
        int filled = (int) Math.round(percent / 100 * BAR);
        String left = status.path("secondsLeft").isNumber() ? "~" + status.path("secondsLeft").asLong() + " s left"
                : "";
        String error = "ERROR".equals(status.path("state").asText())
                ? "  ERROR, retrying: " + status.path("error").asText("") : "";
        return String.format(Locale.ROOT, "%s [%s%s] %5.1f%%  %,.0f events/s  %s%s", name, "#".repeat(filled),
                ".".repeat(BAR - filled), percent, status.path("eventsPerSecond").asDouble(), left, error);
    }

    private String authorization(Map<String, String> options) {
        String token = options.getOrDefault("token", environment.get("ONEPLAN_CLI_TOKEN"));
        if (token != null && !token.isBlank()) {
            return "Bearer " + token;
        }
        String password = options.getOrDefault("password", environment.get("ONEPLAN_CLI_PASSWORD"));
        if (password == null || password.isBlank()) {
            return null;
        }
        String user = options.getOrDefault("user", "admin");
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String authorization)
            throws IOException, InterruptedException {
        return client.send(request.header("Authorization", authorization).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<String> names(JsonNode started) {
        if (started.isArray()) {
            return StreamSupport.stream(started.spliterator(), false)
                    .map(status -> status.path("projection").asText()).toList();
        }
        return List.of(started.path("projection").asText());
    }

    private String problem(HttpResponse<String> response) {
        try {
            JsonNode problem = json.readTree(response.body());
            return response.statusCode() + " " + problem.path("code").asText("") + ": "
                    + problem.path("detail").asText("");
        } catch (IOException e) {
            return Integer.toString(response.statusCode());
        }
    }

    private int usage(String problem) {
        out.println(problem);
        out.println(USAGE);
        return 2;
    }
}
