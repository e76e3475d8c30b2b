package dev.driftguard.tools.sqlfolder;

import dev.driftguard.DriftguardException;
import dev.driftguard.FileProblem;
import dev.driftguard.Severity;
import dev.driftguard.SourceFile;
import dev.driftguard.catalog.CatalogSnapshot;
import dev.driftguard.config.MigrationTool;
import dev.driftguard.history.AppliedMigration;
import dev.driftguard.migrations.FileOverrides;
import dev.driftguard.migrations.Migration;
import dev.driftguard.migrations.MigrationFiles;
import dev.driftguard.migrations.TransactionMode;
import dev.driftguard.sql.SqlFrontEnd;
import dev.driftguard.tools.HistoryConventions;
import dev.driftguard.tools.MigrationToolAdapter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A folder of {@code .sql} files that a runner of the team's own applies in file-name order, each file sent whole
 * as one script (so two or more statements share an implicit transaction, as with {@code psql -c} or a JDBC
 * {@code execute} of the file), with no history table: every file is pending, and the target is what the given
 * database or snapshot holds.
 */
public final class SqlFolderTool implements MigrationToolAdapter, HistoryConventions {

    /** Where the files are when {@code --migrations} does not say. */
    static final String DEFAULT_FOLDER = "migrations";

    @Override
    public MigrationTool tool() {
        return MigrationTool.SQL;
    }

    /** Any folder of SQL files would match: this layout is used only when asked for. */
    @Override
    public boolean recognizes(Path projectDir) {
        return false;
    }

    @Override
    public List<Migration> load(Path projectDir, Optional<Path> migrationsDir, SqlFrontEnd frontEnd,
                                FileOverrides overrides) throws DriftguardException {
        Path dir = migrationsDir.orElse(projectDir.resolve(DEFAULT_FOLDER));
        if (!Files.isDirectory(dir)) {
            throw MigrationFiles.folderNotFound(dir, projectDir);
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(dir)) {
            files = entries.filter(f -> f.getFileName().toString().endsWith(".sql") && Files.isRegularFile(f))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new DriftguardException("cannot read migrations folder " + MigrationFiles.display(dir, projectDir)
                    + ": " + FileProblem.reason(e), e);
        }
        List<Migration> migrations = new java.util.ArrayList<>();
        for (Path file : files) {
            SourceFile source = new SourceFile(MigrationFiles.display(file, projectDir),
                    MigrationFiles.decode(MigrationFiles.read(file, projectDir, overrides)));
            migrations.add(new Migration(file.getFileName().toString(), frontEnd.parse(source), "",
                    TransactionMode.IMPLICIT_BLOCK));
        }
        return List.copyOf(migrations);
    }

    @Override
    public Optional<List<AppliedMigration>> history(CatalogSnapshot target) {
        return Optional.empty();
    }

    @Override
    public List<Migration> pending(List<Migration> local, Optional<List<AppliedMigration>> history) {
        return local;
    }

    @Override
    public HistoryConventions conventions() {
        return this;
    }

    @Override
    public boolean declaresSchema() {
        return false;
    }

    @Override
    public String anchorFile(Path projectDir) {
        return DEFAULT_FOLDER;
    }

    @Override
    public String historyTable() {
        return "no history table";
    }

    @Override
    public String deployCommand() {
        return "the migration runner";
    }

    @Override
    public Comparator<String> order() {
        return Comparator.naturalOrder();
    }

    @Override
    public boolean checksumMatches(Migration local, AppliedMigration row) {
        return true;
    }

    @Override
    public String failedBlocksDeploy(String migration) {
        return "the runner stops there";
    }

    @Override
    public String failedRemedy(String migration) {
        return "fix the migration and undo what it did before running it again";
    }

    @Override
    public String rolledBackRemedy(String migration) {
        return "make sure none of its changes are still in the database";
    }

    @Override
    public Severity modifiedMigrationSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String modifiedMigrationConsequence() {
        return "the database has the old version's effects";
    }

    @Override
    public Severity outOfOrderSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String outOfOrderConsequence(String newestApplied) {
        return "it runs after files written later";
    }

    @Override
    public String outOfOrderRemedy() {
        return "rename the file so that it sorts after the applied ones";
    }

    @Override
    public Severity missingLocalSeverity(String migration, String newestLocal) {
        return Severity.WARNING;
    }

    @Override
    public String missingLocalConsequence(String migration, String newestLocal) {
        return "the database has changes this folder does not know about";
    }

    @Override
    public String newMigrationAdvice() {
        return "a new .sql file";
    }
}
