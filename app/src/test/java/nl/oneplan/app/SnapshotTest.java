package nl.oneplan.app;

import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.Api;
import nl.oneplan.app.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A trajectory loaded from a snapshot keeps every rule it had: its state survives the snapshot whole. */
@TestPropertySource(properties = "oneplan.snapshots.every-events=5")
@ExtendWith(OutputCaptureExtension.class)
class SnapshotTest extends PostgresIntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    private static Response ok(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response;
    }

    @Test
    void aTrajectoryLoadedFromASnapshotBehavesAsOneLoadedFromAllItsEvents(CapturedOutput output) {
        Api sanne = api();
        Response opened = sanne.post("/api/trajectories", """
                {"familyName":"Snel","municipality":"Gouda","startDate":"2026-01-05","registration":{"route":"SELF"}}""");
        String id = opened.text("trajectoryId");
        String base = "/api/trajectories/" + id;
        String mother = ok(sanne.post(base + "/members", """
                {"name":"Mira Snel","dateOfBirth":"1987-07-07","role":"PARENT","custody":true}""")).text("memberId");
        String teacher = ok(sanne.post(base + "/participants", """
                {"name":"Marloes Kok","kind":"PROFESSIONAL","organisation":"Basisschool De Regenboog","userId":"marloes"}"""))
                .text("participantId");
        String consent = ok(sanne.post(base + "/consents", """
                {"aboutMemberIds":["%s"],"givenByMemberIds":["%s"],"recipient":{"organisation":"Basisschool De Regenboog"},
                 "categories":[{"type":"CONTACT_DETAILS"}],"purposes":[{"code":"CARE_COORDINATION"}],"form":"VERBAL"}"""
                .formatted(mother, mother))).text("consentId");
        String copy = "{\"recipientId\":\"" + teacher + "\"}";
        assertThat(sanne.post(base + "/copies", copy, "Idempotency-Key", "snel-1").status()).isEqualTo(201);
        ok(sanne.put(base + "/coordinator", "{\"participantId\":\"" + opened.text("participantId") + "\"}"));
        ok(sanne.post(base + "/goals", """
                {"description":"Rust","lifeDomain":"HOUSING","startDate":"2026-01-05","plannedEndDate":"2026-06-30"}"""));
        ok(sanne.post(base + "/agreements", """
                {"who":"%s","what":"Bellen","startDate":"2026-01-05","plannedEndDate":"2026-02-01"}""".formatted(mother)));
        ok(sanne.post(base + "/agreements/3/completion", "{\"completedOn\":\"2026-01-20\"}"));
        ok(sanne.post(base + "/closure-proposal", "{\"reason\":\"GOALS_REACHED\",\"proposedOn\":\"2026-02-01\"}"));
        ok(sanne.post(base + "/final-evaluation", """
                {"heldOn":"2026-02-02","familyJudgesEnough":true,"memberIds":["%s"]}""".formatted(mother)));
        ok(sanne.post(base + "/closure-information", "{\"note\":\"Het gezin wil niemand informeren\"}"));
        ok(sanne.post(base + "/closure", "{\"closedOn\":\"2026-02-03\"}"));

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?", Long.class, id) > 0);
        String snapshot = new String(jdbc.queryForObject("SELECT payload FROM snapshotevententry "
                + "WHERE aggregateidentifier = ? ORDER BY sequencenumber DESC LIMIT 1", byte[].class, id),
                StandardCharsets.UTF_8);
        assertThat(snapshot).contains("accountsByParticipant").contains("marloes").contains("goals").contains("opener")
                .contains("consents").contains("CARE_COORDINATION").contains("disclosures")
                .contains("\"closure\":{").contains("\"care\":{").contains("\"roundTables\":{");

        Response closedRejects = sanne.post(base + "/goals", """
                {"description":"Nog een","lifeDomain":"OTHER","startDate":"2026-02-03","plannedEndDate":"2026-03-01"}""");
        assertThat(closedRejects.text("code")).isEqualTo("TRAJECTORY_CLOSED");
        assertThat(api("marloes").post(base + "/reopening", "{\"reopenedOn\":\"2026-02-10\",\"reason\":\"Terug\"}")
                .text("code")).isEqualTo("NOT_THE_COORDINATOR");
        ok(sanne.post(base + "/reopening", "{\"reopenedOn\":\"2026-02-10\",\"reason\":\"Weer zorgen\"}"));
        assertThat(sanne.post(base + "/agreements/3/completion", "{\"completedOn\":\"2026-02-11\"}").text("code"))
                .isEqualTo("AGREEMENT_ALREADY_COMPLETED");
        assertThat(ok(sanne.post(base + "/goals", """
                {"description":"Weer rust","lifeDomain":"HOUSING","startDate":"2026-02-10","plannedEndDate":"2026-08-01"}"""))
                .text("goalNumber")).isEqualTo("2");
        // Consent, and the copies already issued, come from the snapshot too.
        assertThat(sanne.post(base + "/copies", copy, "Idempotency-Key", "snel-1").body().path("repeated").asBoolean())
                .isTrue();
        assertThat(sanne.post(base + "/disclosures", """
                {"recipient":{"participantId":"%s"},"aboutMemberIds":["%s"],"categories":[{"type":"CONTACT_DETAILS"}],
                 "purpose":{"code":"CARE_COORDINATION"},"channel":"EMAIL"}""".formatted(teacher, mother)).status())
                .isEqualTo(201);
        ok(sanne.post(base + "/consents/" + consent + "/withdrawal", "{}"));
        assertThat(sanne.post(base + "/consents/" + consent + "/withdrawal", "{}").text("code"))
                .isEqualTo("CONSENT_ALREADY_WITHDRAWN");
        // Who coordinates comes from the snapshot too: the school reads its copy, the coordinator changes the plan.
        assertThat(api("marloes").put(base + "/family-contact", "{\"address\":\"Markt 3\"}").text("code"))
                .isEqualTo("NOT_THE_COORDINATOR");
        ok(sanne.put(base + "/family-contact", "{\"address\":\"Markt 3\"}"));
        assertThat(api("ahmed").put(base + "/family-contact", "{\"address\":\"Elders\"}").status()).isEqualTo(404);
        // Axon falls back to the whole event stream when it cannot read a snapshot; it must not have had to.
        assertThat(output.getAll()).doesNotContain("Error reading snapshot");
    }
}
