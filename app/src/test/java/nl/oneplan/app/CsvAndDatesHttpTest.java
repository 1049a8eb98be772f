package nl.oneplan.app;

import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSV asked for by name is a CSV, whatever the Accept header; periods of the ledger take dates
 * as reports do, and instants as before.
 */
class CsvAndDatesHttpTest extends PostgresIntegrationTest {

    @Test
    void formatCsvWinsOverAnAcceptHeaderAskingForJson() {
        Api sanne = api("sanne");
        String id = sanne.post("/api/trajectories", """
                {"familyName":"Csv","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""")
                .text("trajectoryId");
        Api pieter = api("pieter");
        for (String path : List.of("/api/disclosures?format=csv", "/api/trajectories/" + id + "/disclosures?format=csv",
                "/api/trajectories/" + id + "/access-log?format=csv")) {
            for (String accept : List.of("application/json", "text/csv, application/problem+json")) {
                // Only this Accept header, as a browser's download sends it.
                Response csv = pieter.send(pieter.request(path).setHeader("Accept", accept).GET());
                assertThat(csv.status()).as(path + " " + accept + ": " + csv).isEqualTo(200);
                assertThat(csv.contentType()).as(path).startsWith("text/csv");
                assertThat(csv.raw().body()).as(path).doesNotStartWith("[").doesNotStartWith("{");
            }
        }
    }

    @Test
    void theLedgerTakesDatesAndInstantsAndSaysWhatItCannotRead() {
        Api pieter = api("pieter");
        assertThat(pieter.get("/api/disclosures?from=2026-01-01&to=2026-12-31").status()).isEqualTo(200);
        assertThat(pieter.get("/api/disclosures?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00%2B01:00").status())
                .isEqualTo(200);
        assertThat(pieter.get("/api/disclosures?from=2026-01-01&format=csv").status()).isEqualTo(200);
        Response bad = pieter.get("/api/disclosures?from=2026-13-01");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("code")).isEqualTo("INVALID_PARAMETER");
        assertThat(bad.text("field")).isEqualTo("from");
        assertThat(bad.text("detail")).contains("a date (2026-01-01) or an instant");
        // Reports take the same: dates, or the instants their days start here; a bound inside a day is refused.
        Api fatima = api("fatima");
        String byDates = fatima.get("/api/reports/registrations?from=2026-01-01&to=2027-01-01").raw().body();
        Response byInstants = fatima.get("/api/reports/registrations?from=2025-12-31T23:00:00Z"
                + "&to=2027-01-01T00:00:00%2B01:00");
        assertThat(byInstants.status()).as(byInstants.toString()).isEqualTo(200);
        assertThat(byInstants.text("period")).isEqualTo(fatima.get("/api/reports/registrations?period=2026")
                .text("period"));
        assertThat(byDates).contains("\"period\"");
        Response midday = fatima.get("/api/reports/registrations?from=2026-01-01T12:00:00Z&to=2027-01-01");
        assertThat(midday.status()).isEqualTo(400);
        assertThat(midday.text("code")).isEqualTo("INVALID_PARAMETER");
        assertThat(midday.text("field")).isEqualTo("from");
        Response far = pieter.get("/api/disclosures?to=2300-01-01");
        assertThat(far.status()).isEqualTo(400);
        assertThat(far.text("code")).isEqualTo("DATE_OUT_OF_RANGE");
    }
}
