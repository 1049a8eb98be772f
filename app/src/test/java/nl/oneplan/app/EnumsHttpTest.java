package nl.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.oneplan.app.support.Api.Response;
import nl.oneplan.app.support.PostgresIntegrationTest;
import nl.oneplan.events.ClosureReason;
import nl.oneplan.events.EscalationReason;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The coded fields' values come from the published language, once, with labels from the UI's bundles. */
class EnumsHttpTest extends PostgresIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyCodedFieldListsTheValuesAClientMaySendWithDutchAndEnglishLabels() throws Exception {
        Response enums = api().anonymous().get("/api/enums");

        assertThat(enums.status()).isEqualTo(200);
        JsonNode reasons = enums.body().path("ClosureReason");
        assertThat(values(reasons)).containsExactlyElementsOf(Arrays.stream(ClosureReason.values())
                .map(Enum::name).toList());
        assertThat(reasons.path("labels").path("nl").path("MOVED").asText()).isEqualTo("Verhuisd");
        assertThat(reasons.path("labels").path("en").path("MOVED").asText()).isEqualTo("Moved");
        // Only what old escalations read as; a new one names its reason.
        assertThat(values(enums.body().path("EscalationReason"))).doesNotContain(EscalationReason.NOT_RECORDED.name())
                .contains(EscalationReason.SAFETY_CONCERN.name());
        for (String language : List.of("nl", "en")) {
            JsonNode bundle = JSON.readTree(Files.readString(Path.of("src/main/resources/static/ui/messages/"
                    + language + ".json")));
            enums.body().fields().forEachRemaining(field -> values(field.getValue()).forEach(value -> {
                String key = "enum." + field.getKey() + "." + value;
                assertThat(bundle.has(key)).as(key + " in " + language).isTrue();
                assertThat(field.getValue().path("labels").path(language).path(value).asText())
                        .isEqualTo(bundle.path(key).asText());
            }));
        }
    }

    @Test
    void theFormsKeepNoListOfTheirOwn() throws Exception {
        String forms = Files.readString(Path.of("src/main/resources/static/ui/forms.js"));

        assertThat(forms).contains("/api/enums").doesNotContain("'GOALS_REACHED'").doesNotContain("'SELF', 'SCHOOL'");
    }

    private static List<String> values(JsonNode choices) {
        List<String> values = new ArrayList<>();
        choices.path("values").forEach(value -> values.add(value.asText()));
        return values;
    }
}
