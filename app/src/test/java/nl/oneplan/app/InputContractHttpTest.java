package nl.oneplan.app;

import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The input contract, decided once for every request body: what would freeze a projection or be
 * nonsense in a plan (control characters, duplicate keys, numbers as dates or enum names, nulls in
 * lists, dates outside 1900–2100) is refused with a code and the field, and stores nothing.
 */
class InputContractHttpTest extends PostgresIntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    private Api sanne;
    private String base;

    @BeforeEach
    void openFamily() {
        sanne = api("sanne");
        Response opened = sanne.post("/api/trajectories", """
                {"familyName":"Contract","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""");
        base = "/api/trajectories/" + opened.text("trajectoryId");
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    private void refused(Response response, int status, String code, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("code")).as(response.toString()).isEqualTo(code);
        if (field != null) {
            assertThat(response.text("field")).as(response.toString()).isEqualTo(field);
        }
    }

    @Test
    void controlCharactersNeverReachAPlan() {
        long before = events();
        refused(sanne.post("/api/trajectories", """
                {"familyName":"Jan\\u0000sen","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}"""),
                400, "CONTROL_CHARACTER", "familyName");
        refused(sanne.post(base + "/goals", """
                {"description":"Rust\\u0007","lifeDomain":"HOUSING","startDate":"2026-01-05","plannedEndDate":"2026-06-30"}"""),
                400, "CONTROL_CHARACTER", "description");
        refused(sanne.post(base + "/members", """
                {"name":"Petra\\nJansen","dateOfBirth":"1985-04-02","role":"PARENT","custody":true}"""),
                400, "TEXT_NOT_ONE_LINE", "name");
        assertThat(events()).isEqualTo(before);

        // A long text may have lines and tabs.
        Response goal = sanne.post(base + "/goals", """
                {"description":"Rust in huis.\\n\\tEerst de schulden.","lifeDomain":"HOUSING","startDate":"2026-01-05",
                 "plannedEndDate":"2026-06-30"}""");
        assertThat(goal.status()).as(goal.toString()).isEqualTo(201);
    }

    @Test
    void noKeyTwiceNoNumberForADateOrANameNoNullInAList() {
        long before = events();
        refused(sanne.post("/api/trajectories", """
                {"familyName":"A","familyName":"B","municipality":"Gouda","startDate":"2026-01-05",
                 "registration":{"route":"SELF"}}"""), 400, "DUPLICATE_KEY", "familyName");
        refused(sanne.post(base + "/members", """
                {"name":"Petra Jansen","dateOfBirth":"1985-04-02","role":0,"custody":true}"""),
                400, "MALFORMED_REQUEST", "role");
        refused(sanne.post(base + "/members", """
                {"name":"Petra Jansen","dateOfBirth":19850402,"role":"PARENT","custody":true}"""),
                400, "MALFORMED_REQUEST", "dateOfBirth");
        refused(sanne.post(base + "/participants", """
                {"name":"Els Bakker","kind":"NETWORK","networkCategory":"RELATIVES","reachableDays":[null]}"""),
                400, "NULL_NOT_ALLOWED", "reachableDays[0]");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void datesLieBetween1900And2100() {
        long before = events();
        refused(sanne.post(base + "/members", """
                {"name":"Petra Jansen","dateOfBirth":"1800-04-02","role":"PARENT","custody":true}"""),
                400, "DATE_OUT_OF_RANGE", "dateOfBirth");
        Response farFuture = sanne.post("/api/trajectories", """
                {"familyName":"Later","municipality":"Gouda","startDate":"+999999999-12-31","registration":{"route":"SELF"}}""");
        assertThat(farFuture.status()).as(farFuture.toString()).isEqualTo(400);
        assertThat(farFuture.text("field")).isEqualTo("startDate");
        refused(sanne.post(base + "/denials", """
                {"aboutMemberIds":[],"decidedByMemberIds":[],"recipient":{"organisation":"GGD"},
                 "categories":[{"type":"GOALS"}],"effectiveFrom":"+999999999-12-31T23:59:59Z"}"""),
                400, "DATE_OUT_OF_RANGE", "effectiveFrom");
        refused(sanne.post(base + "/denials", """
                {"aboutMemberIds":[],"decidedByMemberIds":[],"recipient":{"organisation":"GGD"},
                 "categories":[{"type":"GOALS"}],"effectiveFrom":"2200-01-01T00:00:00Z"}"""),
                400, "DATE_OUT_OF_RANGE", "effectiveFrom");
        assertThat(events()).isEqualTo(before);
        refused(api("pieter").get("/api/disclosures?from=2300-01-01T00:00:00Z"), 400, "DATE_OUT_OF_RANGE", "from");
    }

    @Test
    void formsAndTheErrorPageAnswerAsTheApiDoes() {
        Response multipart = sanne.send(sanne.request(base + "/goals")
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--")));
        refused(multipart, 415, "UNSUPPORTED_MEDIA_TYPE", null);
        refused(api().anonymous().get("/error"), 404, "NOT_FOUND", null);
        refused(sanne.get("/error"), 404, "NOT_FOUND", null);
    }

    /** A request as raw bytes, past any client library's own checks; the whole answer as text. */
    private String raw(String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void whatTheServerRefusesBeforeReadingIsProblemJsonWithTheSecurityHeaders() throws Exception {
        for (String request : new String[]{
                "GET /api/trajectories/%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET /api/trajectories/a%2Fb HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET /api/trajectories/..;/x HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET /api/me HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000)
                        + "\r\nConnection: close\r\n\r\n"}) {
            String answer = raw(request);
            String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
            assertThat(head).as(request.substring(0, 40)).matches("(?s)HTTP/1.1 4\\d\\d .*");
            assertThat(head.toLowerCase()).as(head).contains("content-type: application/problem+json")
                    .contains("x-content-type-options: nosniff");
            assertThat(answer).as(answer).contains("\"code\":\"");
        }
    }
}
