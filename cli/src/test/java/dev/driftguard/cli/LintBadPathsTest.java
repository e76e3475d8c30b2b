package dev.driftguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that cannot be read end the run with one line on stderr and exit code 2, never a stack trace. */
class LintBadPathsTest {

    @TempDir
    Path project;

    private static void assertToolError(CliRun run, String expected) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("driftguard: error: ").contains(expected).doesNotContain("\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingProjectDirectory() {
        assertToolError(CliRun.of("lint", project.resolve("nope").toString()), "project directory not found");
    }

    @Test
    void missingSchemaNamedOnTheCommandLine() throws Exception {
        Files.createDirectories(project.resolve("prisma/migrations"));
        assertToolError(CliRun.of("lint", project.toString(), "--schema", project.resolve("missing.prisma").toString()),
                "schema not found: missing.prisma");
    }

    @Test
    void missingMigrationsFolder() throws Exception {
        Files.createDirectories(project.resolve("prisma"));
        Files.writeString(project.resolve("prisma/schema.prisma"), "datasource db {\n  provider = \"postgresql\"\n"
                + "  url = env(\"DATABASE_URL\")\n}\n");
        assertToolError(CliRun.of("lint", project.toString()), "migrations folder not found: prisma/migrations");
    }

    @Test
    void unreadableSnapshot() throws Exception {
        Files.createDirectories(project.resolve("prisma/migrations"));
        Path snapshot = Files.writeString(project.resolve("catalog.json"), "{ \"formatVersion\": 1, \"catalog\": [");
        assertToolError(CliRun.of("lint", project.toString(), "--catalog", snapshot.toString()), "catalog.json");
    }

    @Test
    void missingSnapshot() throws Exception {
        Files.createDirectories(project.resolve("prisma/migrations"));
        assertToolError(CliRun.of("lint", project.toString(), "--catalog", project.resolve("gone.json").toString()),
                "gone.json");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("lint", "--frobnicate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--frobnicate'");
    }
}
