package nl.oneplan.app;

import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command sent again with the same Idempotency-Key (its answer was lost, the button was clicked
 * twice) is carried out once: the repeat gets the first answer and stores nothing; the key with
 * another request is refused; keys are per user.
 */
class IdempotencyHttpTest extends PostgresIntegrationTest {

    private static final String OPEN = """
            {"familyName":"Eenmaal","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""";

    @Autowired
    private JdbcTemplate jdbc;

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    @Test
    void theSameRequestTwiceIsCarriedOutOnce() {
        Api sanne = api("sanne");
        Response first = sanne.post("/api/trajectories", OPEN, "Idempotency-Key", "open-eenmaal-1");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        long stored = events();

        Response again = sanne.post("/api/trajectories", OPEN, "Idempotency-Key", "open-eenmaal-1");

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.text("trajectoryId")).isEqualTo(first.text("trajectoryId"));
        assertThat(again.header("OnePlan-Consistency-Token")).isEqualTo(first.header("OnePlan-Consistency-Token"));
        assertThat(events()).isEqualTo(stored);
        assertThat(sanne.get("/api/trajectories/" + first.text("trajectoryId") + "/plan", "OnePlan-Consistency-Token",
                again.header("OnePlan-Consistency-Token")).status()).isEqualTo(200);
    }

    @Test
    void aRefusalIsAnsweredAgainToo() {
        Api sanne = api("sanne");
        String bad = "{\"familyName\":\"\",\"municipality\":\"Gouda\",\"startDate\":\"2026-01-05\","
                + "\"registration\":{\"route\":\"SELF\"}}";
        Response first = sanne.post("/api/trajectories", bad, "Idempotency-Key", "leeg-1");
        Response again = sanne.post("/api/trajectories", bad, "Idempotency-Key", "leeg-1");

        assertThat(first.status()).isEqualTo(400);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.text("code")).isEqualTo(first.text("code"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void aKeyUsedForAnotherRequestIsRefusedAndStoresNothing() {
        Api sanne = api("sanne");
        assertThat(sanne.post("/api/trajectories", OPEN, "Idempotency-Key", "hergebruikt").status()).isEqualTo(201);
        long stored = events();

        Response other = sanne.post("/api/trajectories", OPEN.replace("Eenmaal", "Anders"), "Idempotency-Key",
                "hergebruikt");

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.text("code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(events()).isEqualTo(stored);
        Response malformed = sanne.post("/api/trajectories", OPEN, "Idempotency-Key", " ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text("code")).isEqualTo("IDEMPOTENCY_KEY_INVALID");
    }

    @Test
    void keysBelongToTheirUser() {
        Response sanne = api("sanne").post("/api/trajectories", OPEN, "Idempotency-Key", "gedeeld");
        Response ahmed = api("ahmed").post("/api/trajectories", OPEN, "Idempotency-Key", "gedeeld");

        assertThat(sanne.status()).isEqualTo(201);
        assertThat(ahmed.status()).isEqualTo(201);
        assertThat(ahmed.header("Idempotent-Replayed")).isNull();
        assertThat(ahmed.text("trajectoryId")).isNotEqualTo(sanne.text("trajectoryId"));
    }
}
