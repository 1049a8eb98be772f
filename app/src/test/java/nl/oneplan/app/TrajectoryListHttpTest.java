package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A coordinator with many families finds one by name, narrows by municipality and status, and pages. */
class TrajectoryListHttpTest extends PostgresIntegrationTest {

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(summary -> names.add(summary.path("familyName").asText()));
        return names;
    }

    @Test
    void searchFilterAndPageThroughTheFamilies() {
        Api sanne = api("sanne");
        String[][] families = {{"Jansen", "Gouda"}, {"Janssens", "Waddinxveen"}, {"De Vries", "Gouda"},
                {"El Idrissi", "Gouda"}, {"Bakker", "Bodegraven"}};
        String closed = null;
        for (String[] family : families) {
            Response opened = sanne.post("/api/trajectories", """
                    {"familyName":"%s","municipality":"%s","startDate":"2026-01-05","registration":{"route":"SELF"}}"""
                    .formatted(family[0], family[1]));
            String base = "/api/trajectories/" + opened.text("trajectoryId");
            sanne.put(base + "/coordinator", "{\"participantId\":\"" + opened.text("participantId") + "\"}");
            if (family[0].equals("Bakker")) {
                closed = base;
                assertThat(sanne.post(base + "/closure-proposal", "{\"reason\":\"MOVED\",\"proposedOn\":\"2026-02-01\"}")
                        .status()).isEqualTo(200);
                assertThat(sanne.post(base + "/closure", "{\"closedOn\":\"2026-02-02\",\"explanation\":\"Verhuisd\"}")
                        .status()).isEqualTo(200);
            }
        }
        String last = closed;
        await().atMost(Duration.ofSeconds(15)).until(() -> sanne.get(last + "/plan").body().path("status").asText()
                .startsWith("CLOSED"));

        Response all = sanne.get("/api/trajectories");
        assertThat(all.header("X-Total-Count")).isEqualTo("5");
        assertThat(names(all.body())).hasSize(5);

        assertThat(names(sanne.get("/api/trajectories?search=jans").body()))
                .containsExactlyInAnyOrder("Jansen", "Janssens");
        assertThat(names(sanne.get("/api/trajectories?municipality=gouda").body()))
                .containsExactlyInAnyOrder("Jansen", "De Vries", "El Idrissi");
        assertThat(names(sanne.get("/api/trajectories?status=CLOSED,CLOSED_WITHOUT_FINAL_EVALUATION").body()))
                .containsExactly("Bakker");
        assertThat(names(sanne.get("/api/trajectories?status=open&municipality=Gouda&search=vries").body()))
                .containsExactly("De Vries");
        // A search for a wildcard is a search for that character.
        assertThat(sanne.get("/api/trajectories?search=%25").body()).isEmpty();

        Response first = sanne.get("/api/trajectories?size=2");
        assertThat(names(first.body())).hasSize(2);
        assertThat(first.header("X-Total-Count")).isEqualTo("5");
        assertThat(first.header("Link")).contains("page=1").contains("size=2").contains("rel=\"next\"")
                .doesNotContain("rel=\"prev\"");
        Response third = sanne.get("/api/trajectories?size=2&page=2");
        assertThat(names(third.body())).hasSize(1);
        assertThat(third.header("Link")).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            paged.addAll(names(sanne.get("/api/trajectories?size=2&page=" + page).body()));
        }
        assertThat(paged).containsExactlyElementsOf(names(all.body()));

        // Another coordinator sees none of them, however they search.
        assertThat(api("ahmed").get("/api/trajectories?search=jans").body()).isEmpty();

        for (String bad : List.of("page=-1", "size=0", "size=201", "status=GESLOTEN", "page=x", "search=Jan%00sen",
                "municipality=" + "x".repeat(201))) {
            Response refused = sanne.get("/api/trajectories?" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.text("code")).as(bad).isEqualTo("INVALID_PARAMETER");
            assertThat(refused.text("field")).as(bad).isEqualTo(bad.substring(0, bad.indexOf('=')));
        }
    }
}
