package nl.oneplan.app;

import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** With nothing configured OnePlan runs on an embedded H2 file with demo users, says so, and serves plans. */
@SpringBootTest(classes = OnePlanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDefaultTest {

    private static Path dataDir;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void onlyTheDataFolder(DynamicPropertyRegistry registry) {
        try {
            dataDir = Files.createTempDirectory("oneplan-embedded");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("oneplan.data-dir", dataDir::toString);
    }

    @Test
    void startsOnTheEmbeddedDatabaseAndServesAPlan(CapturedOutput output) {
        Api api = new Api("http://localhost:" + port, "sanne");
        Response opened = api.post("/api/trajectories", """
                {"familyName":"Jansen","municipality":"Gouda","startDate":"2026-01-05",
                 "registration":{"route":"SELF"}}""");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);

        Response plan = api.get("/api/trajectories/" + opened.text("trajectoryId") + "/plan",
                "OnePlan-Consistency-Token", opened.header("OnePlan-Consistency-Token"));

        assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
        assertThat(plan.text("familyName")).isEqualTo("Jansen");
        assertThat(plan.body().path("agreements").get(0).path("standard").asText()).isEqualTo("FINAL_EVALUATION");
        Response timeline = api.get("/api/trajectories/" + opened.text("trajectoryId") + "/timeline",
                "OnePlan-Consistency-Token", opened.header("OnePlan-Consistency-Token"));
        assertThat(timeline.status()).as(timeline.toString()).isEqualTo(200);
        assertThat(timeline.body().get(0).path("who").path("userId").asText()).isEqualTo("sanne");
        assertThat(api.get("/api/trajectories").body().get(0).path("familyName").asText()).isEqualTo("Jansen");
        assertThat(dataDir.resolve("oneplan.mv.db")).exists();
        assertThat(output.getAll()).contains("EMBEDDED database").contains("ONEPLAN_DB_URL")
                .contains("DEMO USERS ARE ON");
    }
}
