package dev.driftguard.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.Driftguard;
import dev.driftguard.Finding;
import dev.driftguard.Report;
import dev.driftguard.config.MigrationTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An editor's unsaved text replaces the file on disk, for every migration tool. */
class FileOverridesTest {

    @TempDir
    Path project;

    private Path layout(MigrationTool tool) throws Exception {
        return switch (tool) {
            case PRISMA -> {
                Path dir = Files.createDirectories(project.resolve("prisma/migrations/20250101000000_init"));
                Files.writeString(dir.resolve("migration.sql"), "CREATE TABLE t (id int);\n");
                yield dir.resolve("migration.sql");
            }
            case FLYWAY -> {
                Path dir = Files.createDirectories(project.resolve("db/migration"));
                Files.writeString(dir.resolve("V1__init.sql"), "CREATE TABLE t (id int);\n");
                yield dir.resolve("V1__init.sql");
            }
            case SQL -> {
                Path dir = Files.createDirectories(project.resolve("migrations"));
                Files.writeString(dir.resolve("001_init.sql"), "CREATE TABLE t (id int);\n");
                yield dir.resolve("001_init.sql");
            }
        };
    }

    @ParameterizedTest
    @EnumSource(MigrationTool.class)
    void theOverridingTextIsLintedInsteadOfTheFile(MigrationTool tool) throws Exception {
        Path file = layout(tool);
        Path migrations = tool == MigrationTool.PRISMA ? file.getParent().getParent() : file.getParent();
        Driftguard.Builder builder = Driftguard.forProject(project).tool(tool).migrations(migrations);

        Report onDisk = builder.lint();
        Report edited = builder.fileOverride(file, "CREATE TABLE t (id int);\n\nCREATE INDEX i ON missing (id);\n")
                .lint();

        assertThat(onDisk.findings()).extracting(Finding::ruleId).doesNotContain("missing-relation");
        assertThat(edited.findings()).filteredOn(f -> f.ruleId().equals("missing-relation")).singleElement()
                .satisfies(f -> assertThat(f.location().orElseThrow().line()).isEqualTo(3));
        assertThat(Files.readString(file)).isEqualTo("CREATE TABLE t (id int);\n");
    }

    @Test
    void pathsAreComparedAbsoluteAndNormalized() {
        Path relative = Path.of("a/../b.sql");
        FileOverrides overrides = new FileOverrides(Map.of(relative, "x"));

        assertThat(overrides.text(Path.of("b.sql").toAbsolutePath())).contains("x");
        assertThat(overrides.text(Path.of("c.sql"))).isEmpty();
        assertThat(FileOverrides.none().with(Path.of("b.sql"), "y").text(relative)).contains("y");
    }
}
