package dev.driftguard.tools.sqlfolder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.Driftguard;
import dev.driftguard.Finding;
import dev.driftguard.Report;
import dev.driftguard.config.MigrationTool;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plain folder of SQL files: name order, each file one script, every file pending, the same rules. */
class SqlFolderToolTest {

    @TempDir
    Path project;

    @Test
    void filesRunInNameOrderAndAreLintedLikeAnyMigration() throws Exception {
        Path dir = Files.createDirectories(project.resolve("sql"));
        Files.writeString(dir.resolve("002_index.sql"), "CREATE INDEX posts_author ON post (author_id);\n");
        Files.writeString(dir.resolve("001_init.sql"), "CREATE TABLE posts (id int, author_id int);\n");
        Files.writeString(dir.resolve("notes.txt"), "not SQL");

        Report report = Driftguard.forProject(project).tool(MigrationTool.SQL).migrations(dir).lint();

        assertThat(report.migrations()).containsExactly("001_init.sql", "002_index.sql");
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("missing-relation")).singleElement()
                .satisfies(f -> {
                    assertThat(f.location().orElseThrow().file()).isEqualTo("sql/002_index.sql");
                    assertThat(f.location().orElseThrow().column()).isEqualTo(30);
                });
        assertThat(report.findings()).extracting(Finding::ruleId).doesNotContain("invalid-schema");
    }

    @Test
    void aConcurrentIndexAloneInItsFileIsFineAndBesideAnotherStatementIsNot() throws Exception {
        Path dir = Files.createDirectories(project.resolve("migrations"));
        Files.writeString(dir.resolve("001_init.sql"), "CREATE TABLE t (id int);\n");
        Files.writeString(dir.resolve("002_index.sql"), "CREATE INDEX CONCURRENTLY t_id ON t (id);\n");
        Files.writeString(dir.resolve("003_both.sql"), "ALTER TABLE t ADD COLUMN x int;\n"
                + "CREATE INDEX CONCURRENTLY t_x ON t (x);\n");

        Report report = Driftguard.forProject(project).tool(MigrationTool.SQL).lint();

        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("concurrent-index-in-transaction"))
                .singleElement().satisfies(f -> assertThat(f.migration()).contains("003_both.sql"));
    }
}
