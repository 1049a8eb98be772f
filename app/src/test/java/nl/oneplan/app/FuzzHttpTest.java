package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every operation of the OpenAPI document, walked with mutated paths, parameters, bodies and
 * content types, as an attacker would: never a 5xx, every refusal problem+json with a code, no
 * event stored by any refused request, and the projections still catch up afterwards.
 */
class FuzzHttpTest extends PostgresIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] HOSTILE_TEXT = {"", " ", "Jan\u0000sen", "a\u0007b", "x".repeat(5000),
            "<script>alert(1)</script>", "' OR 1=1 --", "\uD800", "%00", "../../etc/passwd"};
    private static final Object[] HOSTILE_VALUES = {null, 0, -1, 99999999999L, new java.math.BigDecimal("1e309"), true, "", "x".repeat(3000),
            "Jan\u0000sen", "2026-13-45", "+999999999-12-31", "20260101", "1800-01-01", List.of(), Map.of(),
            java.util.Collections.singletonList(null), "00000000-0000-0000-0000-000000000000"};

    @Autowired
    private JdbcTemplate jdbc;

    /** Fixed, so CI is repeatable; {@code -Dfuzz.seed=…} walks other mutations, and a failure names its seed. */
    private static final long SEED = Long.getLong("fuzz.seed", 20261202L);
    private final Random random = new Random(SEED);

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    @Test
    void noRequestGetsA5xxAndNoRefusalStoresAnything() throws Exception {
        Api sanne = api("sanne");
        Response opened = sanne.post("/api/trajectories", """
                {"familyName":"Fuzz","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""");
        String id = opened.text("trajectoryId");
        String member = sanne.post("/api/trajectories/" + id + "/members", """
                {"name":"Petra Fuzz","dateOfBirth":"1985-04-02","role":"PARENT","custody":true}""").text("memberId");
        JsonNode docs = JSON.readTree(api().anonymous().get("/v3/api-docs").raw().body());

        int requests = 0;
        List<String> failures = new ArrayList<>();
        // The coordinator of the family in full; then, fewer rounds each, the school (involved, not
        // coordinating), a privacy officer, an analyst and someone not signed in.
        Map<Api, Integer> callers = new LinkedHashMap<>();
        callers.put(sanne, 40);
        callers.put(api("marloes"), 8);
        callers.put(api("pieter"), 6);
        callers.put(api("fatima"), 6);
        callers.put(api().anonymous(), 4);
        for (Map.Entry<Api, Integer> caller : callers.entrySet()) {
            requests += fuzz(caller.getKey(), caller.getValue(), docs, id, member, failures);
        }
        assertThat(requests).isGreaterThanOrEqualTo(3000);
        assertThat(failures).as("refusals that broke the contract with -Dfuzz.seed=" + SEED).isEmpty();

        // Whatever was accepted, the read side takes it in.
        Response last = sanne.post("/api/trajectories/" + id + "/members", """
                {"name":"Daan Fuzz","dateOfBirth":"2016-09-30","role":"CHILD"}""");
        await().atMost(Duration.ofSeconds(30)).until(() -> sanne.get("/api/trajectories/" + id + "/plan",
                "OnePlan-Consistency-Token", last.header("OnePlan-Consistency-Token")).status() == 200);
    }

    /** Every operation, {@code rounds} mutations each, as {@code caller}; the number of requests sent. */
    private int fuzz(Api caller, int rounds, JsonNode docs, String id, String member, List<String> failures)
            throws Exception {
        int requests = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = docs.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE").contains(method)
                        || path.getKey().contains("/rebuild")) {
                    continue;
                }
                List<String> fields = fields(docs, operation.getValue());
                for (int round = 0; round < rounds; round++) {
                    String target = fill(path.getKey(), id, member, round) + query(operation.getValue(), round);
                    String body = body(fields, round);
                    String type = round % 13 == 12 ? "text/plain" : round % 17 == 16 ? "multipart/form-data; boundary=x"
                            : "application/json";
                    long before = events();
                    Response response = send(caller, method, target, body, type);
                    requests++;
                    String what = method + " " + target + " " + abbreviate(body) + " -> " + response.status() + " "
                            + abbreviate(response.raw().body());
                    if (response.status() >= 500) {
                        failures.add("5xx: " + what);
                    } else if (response.status() >= 400) {
                        if (!String.valueOf(response.contentType()).startsWith("application/problem+json")
                                || response.text("code") == null) {
                            failures.add("no problem+json with a code: " + what);
                        }
                        if (events() != before) {
                            failures.add("a refusal stored events: " + what);
                        }
                    }
                }
            }
        }
        return requests;
    }

    private Response send(Api api, String method, String path, String body, String type) {
        HttpRequest.Builder request = api.request(path);
        if ("GET".equals(method)) {
            return api.send(request.GET());
        }
        request.header("Content-Type", type);
        return api.send(request.method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The properties of the operation's JSON body, from its schema. */
    private static List<String> fields(JsonNode docs, JsonNode operation) {
        String ref = operation.path("requestBody").path("content").path("application/json").path("schema")
                .path("$ref").asText("");
        List<String> names = new ArrayList<>();
        if (!ref.isEmpty()) {
            docs.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1)).path("properties")
                    .fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /** Path variables: mostly the real ones, else garbage of every kind. */
    private String fill(String template, String trajectory, String member, int round) {
        String[] garbage = {UUID.randomUUID().toString(), "abc", "-1", "0", "99999999999", "%00", "%2e%2e", "x;y"};
        String path = template;
        while (path.contains("{")) {
            int open = path.indexOf('{');
            int close = path.indexOf('}', open);
            String name = path.substring(open + 1, close);
            String value = round % 4 == 3 ? garbage[random.nextInt(garbage.length)]
                    : name.equals("trajectoryId") ? trajectory : name.equals("memberId") ? member
                    : name.endsWith("Id") ? UUID.randomUUID().toString() : name.equals("name") ? "plan-view"
                    : String.valueOf(1 + random.nextInt(3));
            path = path.substring(0, open) + value + path.substring(close + 1);
        }
        return path;
    }

    private String query(JsonNode operation, int round) {
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.path("parameters")) {
            if (!"query".equals(parameter.path("in").asText()) || random.nextBoolean()) {
                continue;
            }
            Object value = HOSTILE_VALUES[random.nextInt(HOSTILE_VALUES.length)];
            query.append(query.isEmpty() ? "?" : "&").append(parameter.path("name").asText()).append('=')
                    .append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
        }
        return round % 5 == 0 ? query.toString() : "";
    }

    /** A body: malformed, the wrong shape, or the operation's fields with hostile values. */
    private String body(List<String> fields, int round) throws Exception {
        switch (round % 10) {
            case 0:
                return "";
            case 1:
                return "{";
            case 2:
                return "[" + "[".repeat(2000) + "]".repeat(2000) + "]";
            case 3:
                return "{\"a\":1,\"a\":2}";
            case 4:
                return "null";
            default:
                Map<String, Object> values = new LinkedHashMap<>();
                for (String field : fields) {
                    values.put(field, random.nextInt(3) == 0
                            ? HOSTILE_TEXT[random.nextInt(HOSTILE_TEXT.length)]
                            : HOSTILE_VALUES[random.nextInt(HOSTILE_VALUES.length)]);
                }
                String json = JSON.writeValueAsString(values);
                return round % 10 == 9 && json.length() > 2 ? json.replaceFirst("\\{", "{\"x\":1,\"x\":2,") : json;
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
