package dev.driftguard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.catalog.CatalogSnapshot;
import dev.driftguard.catalog.CatalogSnapshotJson;
import dev.driftguard.migrations.FileOverrides;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A session's runs give exactly the findings of a full lint of the same files, whatever was edited between them and
 * in whatever order: the replay's checkpoints and the parse cache must never show through.
 */
class LintSessionTest {

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"vps-subset", "mixed-history", "hand-written-sql", "multi-schema", "clean-project",
            "flyway-incident", "flyway-clean"})
    void everyEditOfABundledExampleGivesTheFullLintsFindings(String example) throws Exception {
        Path project = copy(Path.of("..", "examples", example), work.resolve(example));
        Driftguard.Builder builder = Driftguard.forProject(project).against(targetOf(project));
        LintSession session = builder.session();
        assertSame(session, builder, FileOverrides.none());

        List<Path> files = migrationFiles(project);
        FileOverrides edits = FileOverrides.none();
        // Newest first, then oldest first: every edit both before and after kept catalogs.
        List<Path> order = new ArrayList<>(files);
        order.sort(Comparator.reverseOrder());
        order.addAll(files);
        int n = 0;
        for (Path file : order) {
            String text = Files.readString(file);
            edits = edits.with(file, text + "\n-- edit " + n + "\nCREATE INDEX \"edit_" + n + "\" ON \"Missing" + n
                    + "\" (\"id\");\nCREATE TABLE \"Edit" + n + "\" (\"id\" INTEGER NOT NULL);\n");
            assertSame(session, builder, edits);
            n++;
        }
        // Every edit undone: back to the disk's findings.
        assertSame(session, builder, FileOverrides.none());
    }

    @Test
    void editsAnywhereInALongHistoryGiveTheFullLintsFindings() throws Exception {
        Path project = work.resolve("long");
        Path migrations = project.resolve("prisma").resolve("migrations");
        int count = 100;
        for (int i = 0; i < count; i++) {
            Path dir = migrations.resolve(String.format(Locale.ROOT, "2026010100%04d_step%d", i, i));
            Files.createDirectories(dir);
            String sql = i % 3 == 0
                    ? "CREATE TABLE \"T" + i + "\" (\"id\" SERIAL PRIMARY KEY, \"ref\" INTEGER);\n"
                    : "ALTER TABLE \"T" + (i / 3 * 3) + "\" ADD COLUMN \"c" + i + "\" TEXT NOT NULL;\n"
                    + "CREATE INDEX \"T" + i + "_idx\" ON \"T" + (i / 3 * 3) + "\" (\"c" + i + "\");\n";
            Files.writeString(dir.resolve("migration.sql"), sql);
        }
        Driftguard.Builder builder = Driftguard.forProject(project);
        LintSession session = builder.session();
        assertSame(session, builder, FileOverrides.none());
        List<Path> files = migrationFiles(project);
        FileOverrides edits = FileOverrides.none();
        // Near the end, far before it, across the spacing of kept catalogs, and back to the end.
        for (int index : new int[] {99, 99, 98, 5, 64, 33, 32, 31, 0, 99, 70}) {
            Path file = files.get(index);
            String text = Files.readString(file);
            edits = edits.with(file, text + "DROP TABLE \"T" + (index / 3 * 3) + "\";\n"
                    + "ALTER TABLE \"T" + (index / 3 * 3) + "\" ADD COLUMN \"late\" INTEGER;\n");
            assertSame(session, builder, edits);
            edits = edits.with(file, text);
            assertSame(session, builder, edits);
        }
    }

    @Test
    void aMigrationAddedOrRemovedOnDiskIsSeen() throws Exception {
        Path project = copy(Path.of("..", "examples", "mixed-history"), work.resolve("mixed"));
        Driftguard.Builder builder = Driftguard.forProject(project);
        LintSession session = builder.session();
        assertSame(session, builder, FileOverrides.none());
        Path added = project.resolve("prisma/migrations/29990101000000_added/migration.sql");
        Files.createDirectories(added.getParent());
        Files.writeString(added, "CREATE INDEX \"x\" ON \"NoSuchTable\" (\"id\");\n");
        Report withAdded = assertSame(session, builder, FileOverrides.none());
        assertThat(withAdded.findings()).anyMatch(f -> f.ruleId().equals("missing-relation"));
        Files.delete(added);
        Files.delete(added.getParent());
        Report removed = assertSame(session, builder, FileOverrides.none());
        assertThat(removed.findings()).noneMatch(f -> f.message().contains("NoSuchTable"));
    }

    @Test
    void editingTheNewestMigrationReplaysOnlyThatMigration() throws Exception {
        Path project = work.resolve("counted");
        Path migrations = project.resolve("prisma").resolve("migrations");
        for (int i = 0; i < 50; i++) {
            Path dir = migrations.resolve(String.format(Locale.ROOT, "2026010100%04d_step%d", i, i));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("migration.sql"), "CREATE TABLE \"T" + i + "\" (\"id\" INTEGER);\n");
        }
        StatementCounter counter = new StatementCounter();
        LintSession session = Driftguard.forProject(project).rules(counter).session();
        session.lint(FileOverrides.none());
        assertThat(counter.statements).isEqualTo(50);

        Path newest = migrationFiles(project).get(49);
        counter.statements = 0;
        session.lint(FileOverrides.none().with(newest, "CREATE TABLE \"T49\" (\"id\" INTEGER);\nSELECT 1;\n"));
        assertThat(counter.statements).isEqualTo(2);

        Path older = migrationFiles(project).get(40);
        counter.statements = 0;
        session.lint(FileOverrides.none().with(older, "SELECT 1;\n"));
        assertThat(counter.statements).as("from the catalog kept before migration 32").isEqualTo(18);
    }

    @dev.driftguard.rules.RuleInfo(id = "statement-counter", severity = Severity.INFO, summary = "Counts statements")
    static final class StatementCounter implements dev.driftguard.rules.Rule {
        int statements;

        @Override
        public void checkStatement(dev.driftguard.rules.StatementContext context) {
            statements++;
        }
    }

    private static Report assertSame(LintSession session, Driftguard.Builder builder, FileOverrides edits)
            throws DriftguardException {
        Report incremental = session.lint(edits);
        Report full = builder.overrides(edits).lint();
        assertThat(incremental.findings()).containsExactlyElementsOf(full.findings());
        assertThat(incremental.migrations()).isEqualTo(full.migrations());
        return incremental;
    }

    private static CatalogSnapshot targetOf(Path project) throws IOException {
        Path catalog = project.resolve("target-catalog.json");
        return Files.exists(catalog) ? CatalogSnapshotJson.read(catalog) : CatalogSnapshot.emptyDatabase();
    }

    private static List<Path> migrationFiles(Path project) throws IOException {
        try (Stream<Path> paths = Files.walk(project)) {
            return paths.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
