package nl.oneplan.command.trajectory;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error code is a promise to clients: it is raised somewhere, and a test shows when. A code
 * nobody raises, or that no test names, is a documented behaviour nobody checked.
 */
class ErrorCodesTest {

    private static String sources(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).map(file -> {
                try {
                    return Files.readString(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).reduce("", String::concat);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyErrorCodeIsRaisedAndTested() {
        Path codes = Path.of("src/main/java/nl/oneplan/command/trajectory/ErrorCode.java");
        String main;
        try {
            main = sources(Path.of("src/main/java")).replace(Files.readString(codes), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String tests = sources(Path.of("src/test/java")) + sources(Path.of("../app/src/test/java"));
        List<String> neverRaised = Arrays.stream(ErrorCode.values()).map(Enum::name)
                .filter(code -> !main.contains("ErrorCode." + code)).toList();
        List<String> neverTested = Arrays.stream(ErrorCode.values()).map(Enum::name)
                .filter(code -> !Pattern.compile("\\b" + code + "\\b").matcher(tests).find()).toList();
        assertThat(neverRaised).as("error codes nothing raises").isEmpty();
        assertThat(neverTested).as("error codes no test names").isEmpty();
    }
}
