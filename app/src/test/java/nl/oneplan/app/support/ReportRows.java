package nl.oneplan.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api.Response;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Reading the report answers in tests: a row by its first cell, a cell as it is displayed. */
public final class ReportRows {

    private ReportRows() {
    }

    /** The response, after asserting it succeeded (its body in the message when not). */
    public static Response ok(Response response) {
        assertThat(response.status()).as(response.raw().body()).isBetween(200, 299);
        return response;
    }

    /**
     * Waits until the report projection has processed every stored event, on all its segments:
     * polling one report value is not enough, other trajectories may sit in segments still behind.
     * It follows the slot that serves reports, which changes with every rebuild.
     */
    public static void awaitCaughtUp(Api api) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String active = api.get("/api/projections/trajectory-report/rebuild").text("activeProcessor");
            JsonNode status = StreamSupport.stream(api.get("/api/projections").body().spliterator(), false)
                    .filter(node -> node.path("name").asText().equals(active)).findFirst().orElseThrow();
            assertThat(status.path("state").asText()).isEqualTo("CAUGHT_UP");
            assertThat(status.path("position").asLong()).isEqualTo(status.path("head").asLong());
        });
    }

    /**
     * The report period of the Dutch month today is in ({@code period=2026-12}), for what the server
     * dates by its own clock. Take it before the commands and compare with {@link #sameMonth}.
     */
    public static String thisMonth() {
        return "period=" + YearMonth.now(ZoneId.of("Europe/Amsterdam"));
    }

    /** Fails, rather than asserting on the wrong month, when a month turned since {@code period} was taken. */
    public static void sameMonth(String period) {
        assertThat(thisMonth()).as("a month turned during the test; run it again").isEqualTo(period);
    }

    public static JsonNode row(JsonNode report, String key, String value) {
        return StreamSupport.stream(report.path("rows").spliterator(), false)
                .filter(row -> row.path(key).path("display").asText().equals(value)).findFirst().orElseThrow();
    }

    /** The displayed cell, e.g. "12" or "&lt;5", in the row whose {@code key} column shows {@code value}. */
    public static String cell(JsonNode report, String key, String value, String column) {
        return row(report, key, value).path(column).path("display").asText();
    }

    /** The displayed count of a measure, in the reports that list measures. */
    public static String measure(JsonNode report, String measure) {
        return cell(report, "measure", measure, "count");
    }
}
