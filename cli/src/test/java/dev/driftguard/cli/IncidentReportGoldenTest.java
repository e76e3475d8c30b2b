package dev.driftguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rendered output of {@code driftguard lint examples/vps-subset} in every format is a contract: it is compared
 * with golden files. Regenerate with {@code -Ddriftguard.updateGoldens=true} and review the diff.
 */
class IncidentReportGoldenTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text", "json", "sarif", "github", "junit"})
    void rendersTheIncidentAsTheGoldenFileSays(String format) throws Exception {
        CliRun run = CliRun.of("lint", IncidentProductionState.PROJECT.toString(), "--format", format);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        // Paths in annotations are relative to the working directory, which is the module here.
        String output = run.outWithoutVersion();
        Path golden = GOLDEN.resolve("incident." + format);
        if (Boolean.getBoolean("driftguard.updateGoldens")) {
            Files.writeString(golden, output, StandardCharsets.UTF_8);
        }
        assertThat(output).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
