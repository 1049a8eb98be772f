package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A refusal names every wrong field at once, each with its own code, and stores nothing. */
class FieldErrorsHttpTest extends PostgresIntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    private static List<String> errors(Response response) {
        List<String> errors = new ArrayList<>();
        response.body().path("errors").forEach(error -> errors.add(error.path("field").asText() + " "
                + error.path("code").asText()));
        return errors;
    }

    private static String opened(Api sanne) {
        return "/api/trajectories/" + sanne.post("/api/trajectories", """
                {"familyName":"Smit","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""")
                .text("trajectoryId");
    }

    @Test
    void openingAFamilyWithNothingFilledInNamesEveryMissingField() {
        long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);

        Response refused = api().post("/api/trajectories", "{\"municipality\":\"" + "x".repeat(201) + "\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.text("code")).isEqualTo("FIELD_REQUIRED");
        assertThat(refused.text("field")).isEqualTo("familyName");
        assertThat(errors(refused)).containsExactly("familyName FIELD_REQUIRED", "municipality TEXT_TOO_LONG",
                "startDate FIELD_REQUIRED", "registration FIELD_REQUIRED");
        assertThat(refused.body().path("errors").get(1).path("detail").asText())
                .isEqualTo("municipality is 201 characters long; at most 200 are allowed");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isEqualTo(events);
    }

    @Test
    void aProfessionalWithAWrongAddressPhoneAndNoOrganisationHearsOfAllThree() {
        Api sanne = api("sanne");
        String base = opened(sanne);

        Response refused = sanne.post(base + "/participants", """
                {"name":"Jan Smit","kind":"PROFESSIONAL","email":"geen-adres","phone":"bel maar"}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errors(refused)).containsExactly("email INVALID_EMAIL", "phone INVALID_PHONE",
                "organisation ORGANISATION_REQUIRED");
        assertThat(refused.text("code")).isEqualTo("INVALID_EMAIL");
    }

    @Test
    void oneWrongFieldIsAListOfOneAsWell() {
        Api sanne = api("sanne");
        String base = opened(sanne);

        Response refused = sanne.post(base + "/goals", """
                {"description":"Rust in huis","lifeDomain":"HOUSING","startDate":"2026-02-01","plannedEndDate":"2026-01-01"}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errors(refused)).containsExactly("plannedEndDate PLANNED_END_BEFORE_START");
    }
}
