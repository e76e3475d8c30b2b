package dev.driftguard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares rendered output with a golden file under {@code src/test/resources/report/golden}. Run the tests with
 * {@code -Ddriftguard.updateGoldens=true} to rewrite the goldens, then review the diff before committing it.
 */
final class Goldens {

    static final Path DIRECTORY = Path.of("src", "test", "resources", "report", "golden");

    private Goldens() {
    }

    static void assertMatchesGolden(String name, String actual) throws IOException {
        Path golden = DIRECTORY.resolve(name);
        if (Boolean.getBoolean("driftguard.updateGoldens")) {
            Files.createDirectories(DIRECTORY);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            fail("no golden file " + golden + "; run with -Ddriftguard.updateGoldens=true and review it");
        }
        assertThat(actual).as("output against golden %s (regenerate with -Ddriftguard.updateGoldens=true)", name)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
