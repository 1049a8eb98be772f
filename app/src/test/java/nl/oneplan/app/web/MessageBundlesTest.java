package nl.oneplan.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.oneplan.command.trajectory.ErrorCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text of the web UI comes from the bundles: Dutch and English have the same keys, no text
 * is empty, every key the scripts name literally is there, and every error code the API can
 * answer with has its Dutch text.
 */
class MessageBundlesTest {

    private static final Path UI = Path.of("src/main/resources/static/ui");
    private static final Pattern LITERAL_KEY = Pattern.compile("\\bt\\('([a-zA-Z0-9_.]+)'");

    @Test
    void dutchAndEnglishHaveTheSameKeysAndNoEmptyText() throws IOException {
        Map<String, String> dutch = bundle("nl");
        Map<String, String> english = bundle("en");
        assertThat(english.keySet()).isEqualTo(dutch.keySet());
        assertThat(dutch).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
        assertThat(english).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
    }

    @Test
    void everyKeyTheScriptsNameIsInTheBundles() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> scripts = Files.walk(UI)) {
            for (Path script : scripts.filter(path -> path.toString().endsWith(".js")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(script));
                while (matcher.find()) {
                    named.add(matcher.group(1));
                }
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(bundle("nl").keySet()).containsAll(named);
    }

    @Test
    void everyFormHasATitleAndEveryFieldALabel() throws IOException {
        String forms = Files.readString(UI.resolve("forms.js"));
        Map<String, String> dutch = bundle("nl");
        Matcher form = Pattern.compile("^  (\\w+): \\{$", Pattern.MULTILINE).matcher(forms);
        int count = 0;
        while (form.find()) {
            count++;
            assertThat(dutch).containsKey("form." + form.group(1) + ".title");
        }
        assertThat(count).isGreaterThan(15);
        Matcher field = Pattern.compile("\\{name: '(\\w+)', type:").matcher(forms);
        while (field.find()) {
            String name = field.group(1);
            assertThat(dutch.keySet()).as("label of " + name)
                    .anyMatch(key -> key.equals("field." + name) || key.endsWith("." + name) && key.startsWith("field."));
        }
    }

    @Test
    void everyErrorCodeOfTheCommandSideHasADutchText() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (ErrorCode code : ErrorCode.values()) {
            codes.add("error." + code.name());
        }
        assertThat(bundle("nl").keySet()).containsAll(codes);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> bundle(String language) throws IOException {
        return new ObjectMapper().readValue(UI.resolve("messages/" + language + ".json").toFile(), Map.class);
    }
}
