package dev.driftguard.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No password of a test database appears in what the tests of the other modules printed or reported. It lives in
 * this module because the build runs it last: by then the test output of core and cli is complete on disk.
 */
class TestOutputSecretsTest {

    /** The passwords the target-database fault tests of core and cli log in with (their {@code PASSWORD}). */
    private static final List<String> TEST_PASSWORDS = List.of("Halinh!@34#Zq9", "Sup3r-Secret!pw");
    private static final List<Path> REPORTS = List.of(
            Path.of("..", "core", "target", "surefire-reports"),
            Path.of("..", "cli", "target", "surefire-reports"));

    @Test
    void noTestPasswordInAnyTestOutput() throws IOException {
        assumeTrue(REPORTS.stream().allMatch(Files::isDirectory), "core and cli have run their tests in this build");
        List<Path> files = new ArrayList<>();
        for (Path reports : REPORTS) {
            try (Stream<Path> walk = Files.walk(reports)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String password : TEST_PASSWORDS) {
                assertThat(text).as("%s", file).doesNotContain(password);
            }
        }
    }
}
