package nl.oneplan.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import nl.oneplan.events.ArrangementKind;
import nl.oneplan.events.ClosureReason;
import nl.oneplan.events.ConsentForm;
import nl.oneplan.events.DirectionLevel;
import nl.oneplan.events.DisclosureChannel;
import nl.oneplan.events.EscalationLevel;
import nl.oneplan.events.EscalationReason;
import nl.oneplan.events.GoalAuthorship;
import nl.oneplan.events.GoalDropReason;
import nl.oneplan.events.GoalReviewOutcome;
import nl.oneplan.events.InformationCategory;
import nl.oneplan.events.LifeDomain;
import nl.oneplan.events.MemberRole;
import nl.oneplan.events.NetworkCategory;
import nl.oneplan.events.ParticipantKind;
import nl.oneplan.events.RegistrationRoute;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a client may send for each coded field of the command API, from the published
 * language itself, with their labels from the UI's message bundles: one source for the forms,
 * the documentation and any other client. Nothing personal; asked before signing in.
 */
@RestController
class EnumsController {

    /** One coded field: the values a client may choose, and their label per language. */
    record Choices(List<String> values, Map<String, Map<String, String>> labels) {
    }

    private static final List<String> LANGUAGES = List.of("nl", "en");
    private static final List<Class<? extends Enum<?>>> CODED = List.of(RegistrationRoute.class, MemberRole.class,
            ParticipantKind.class, NetworkCategory.class, LifeDomain.class, GoalAuthorship.class,
            GoalDropReason.class, ArrangementKind.class, DirectionLevel.class, EscalationLevel.class,
            EscalationReason.class, InformationCategory.class, ConsentForm.class, GoalReviewOutcome.class,
            DisclosureChannel.class, ClosureReason.class);

    private final Map<String, Choices> choices = new LinkedHashMap<>();

    EnumsController(ObjectMapper json) {
        Map<String, JsonNode> bundles = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            try (InputStream bundle = new ClassPathResource("static/ui/messages/" + language + ".json")
                    .getInputStream()) {
                bundles.put(language, json.readTree(bundle));
            } catch (IOException e) {
                throw new UncheckedIOException("the " + language + " message bundle", e);
            }
        }
        for (Class<? extends Enum<?>> coded : CODED) {
            String name = coded.getSimpleName();
            List<String> values = Arrays.stream(coded.getEnumConstants()).filter(EnumsController::choosable)
                    .map(Enum::name).toList();
            Map<String, Map<String, String>> labels = new LinkedHashMap<>();
            bundles.forEach((language, bundle) -> {
                Map<String, String> byValue = new LinkedHashMap<>();
                values.forEach(value -> byValue.put(value, bundle.path("enum." + name + "." + value).asText(value)));
                labels.put(language, byValue);
            });
            choices.put(name, new Choices(values, labels));
        }
    }

    /** An escalation's reason NOT_RECORDED is only what escalations from before coded reasons read as. */
    private static boolean choosable(Enum<?> value) {
        return value != EscalationReason.NOT_RECORDED;
    }

    @GetMapping(path = "/api/enums", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The values each coded field of the command API takes, with their Dutch and English labels")
    Map<String, Choices> enums() {
        return choices;
    }
}
