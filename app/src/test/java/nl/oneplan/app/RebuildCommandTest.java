package nl.oneplan.app;

import nl.oneplan.app.cli.RebuildCommand;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static nl.oneplan.app.support.ReportRows.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** The command-line client starts a rebuild on a running OnePlan and follows it to the end. */
class RebuildCommandTest extends PostgresIntegrationTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private int rebuild(Map<String, String> environment, boolean terminal, String... args) {
        RebuildCommand command = new RebuildCommand(new PrintStream(output, true, StandardCharsets.UTF_8),
                environment, terminal, Duration.ofMillis(100));
        return command.run(args);
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void followsARebuildWithAProgressBarUntilTheNewVersionServes() {
        ok(api().post("/api/trajectories", """
                {"familyName":"Cli","municipality":"Gouda","startDate":"2026-02-02","registration":{"route":"SELF"}}"""));
        int exit = rebuild(Map.of("ONEPLAN_CLI_PASSWORD", "demo-admin"), false, "trajectory-report",
                "--url=http://localhost:" + port + "/", "--user=admin");
        assertThat(exit).as(printed()).isZero();
        assertThat(printed()).contains("rebuilding trajectory-report on http://localhost:" + port)
                .containsPattern("trajectory-report \\[#{30}\\] 100\\.0%")
                .contains("events/s")
                .containsPattern("trajectory-report: version \\d+ serves reads now");

        output.reset();
        assertThat(rebuild(Map.of(), true, "all", "--url=http://localhost:" + port, "--user=fatima",
                "--password=demo-fatima")).as(printed()).isZero();
        assertThat(printed()).contains("\rtrajectory-report [").contains("serves reads now");
    }

    @Test
    void wrongUseAndRefusalsEndWithAReasonAndANonZeroExit() {
        String url = "--url=http://localhost:" + port;
        assertThat(rebuild(Map.of(), false)).isEqualTo(2);
        assertThat(printed()).contains("which projection?").contains("usage: oneplan rebuild");

        output.reset();
        assertThat(rebuild(Map.of(), false, "trajectory-report", url)).isEqualTo(2);
        assertThat(printed()).contains("no credentials");

        output.reset();
        assertThat(rebuild(Map.of(), false, "trajectory-report", url, "--user=admin", "--password=wrong"))
                .isEqualTo(2);
        assertThat(printed()).contains("rebuild refused: 401");

        output.reset();
        assertThat(rebuild(Map.of(), false, "no-such-projection", url, "--user=admin", "--password=demo-admin"))
                .isEqualTo(2);
        assertThat(printed()).contains("404 PROJECTION_NOT_FOUND");

        output.reset();
        assertThat(rebuild(Map.of(), false, "trajectory-report", "--url=http://localhost:1", "--user=admin",
                "--password=demo-admin")).isEqualTo(2);
        assertThat(printed()).contains("cannot reach http://localhost:1");
    }
}
