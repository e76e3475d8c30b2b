package dev.driftguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code driftguard lint examples/flyway-incident}, the incident on a Flyway project, renders as its golden files say;
 * the tool is detected from the configuration, and file paths are relative to the project as for Prisma.
 * Regenerate with {@code -Ddriftguard.updateGoldens=true} and review the diff.
 */
class FlywayIncidentGoldenTest {

    private static final Path PROJECT = Path.of("..", "examples", "flyway-incident");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text", "json"})
    void rendersTheFlywayIncidentAsTheGoldenFileSays(String format) throws Exception {
        CliRun run = CliRun.of("lint", PROJECT.toString(), "--tool", "flyway", "--format", format);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        Path golden = GOLDEN.resolve("flyway-incident." + format);
        if (Boolean.getBoolean("driftguard.updateGoldens")) {
            Files.writeString(golden, run.outWithoutVersion(), StandardCharsets.UTF_8);
        }
        assertThat(run.outWithoutVersion()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"flyway-clean", "flyway-incident"})
    void theFlywayLayoutIsDetected(String project) {
        CliRun run = CliRun.of("lint", Path.of("..", "examples", project).toString(), "--format", "json");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).doesNotContain("prisma/migrations");
    }

    @org.junit.jupiter.api.Test
    void anUnknownToolIsAToolError() {
        CliRun run = CliRun.of("lint", PROJECT.toString(), "--tool", "liquibase");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("\"liquibase\" is not a supported migration tool; supported: prisma, flyway, sql");
    }
}
