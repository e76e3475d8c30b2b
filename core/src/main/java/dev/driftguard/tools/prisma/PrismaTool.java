package dev.driftguard.tools.prisma;

import dev.driftguard.DriftguardException;
import dev.driftguard.Severity;
import dev.driftguard.catalog.CatalogSnapshot;
import dev.driftguard.config.MigrationTool;
import dev.driftguard.history.AppliedMigration;
import dev.driftguard.migrations.FileOverrides;
import dev.driftguard.migrations.Migration;
import dev.driftguard.sql.SqlFrontEnd;
import dev.driftguard.tools.HistoryConventions;
import dev.driftguard.tools.MigrationToolAdapter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Prisma Migrate: {@code prisma/migrations/<timestamp>_<name>/migration.sql}, applied in folder-name order, each
 * file sent as one script (one implicit transaction), recorded in {@code _prisma_migrations}.
 */
public final class PrismaTool implements MigrationToolAdapter, HistoryConventions {

    @Override
    public MigrationTool tool() {
        return MigrationTool.PRISMA;
    }

    @Override
    public boolean recognizes(Path projectDir) {
        return Files.isDirectory(projectDir.resolve("prisma").resolve("migrations"))
                || Files.isRegularFile(projectDir.resolve("prisma").resolve("schema.prisma"));
    }

    @Override
    public List<Migration> load(Path projectDir, Optional<Path> migrationsDir, SqlFrontEnd frontEnd,
                                FileOverrides overrides) throws DriftguardException {
        return new PrismaMigrations(frontEnd, overrides)
                .load(migrationsDir.orElse(projectDir.resolve("prisma").resolve("migrations")), projectDir);
    }

    @Override
    public Optional<List<AppliedMigration>> history(CatalogSnapshot target) {
        return target.history();
    }

    @Override
    public List<Migration> pending(List<Migration> local, Optional<List<AppliedMigration>> history) {
        Set<String> applied = history.orElse(List.of()).stream().filter(AppliedMigration::isApplied)
                .map(AppliedMigration::migrationName).collect(Collectors.toSet());
        return local.stream().filter(m -> !applied.contains(m.name())).toList();
    }

    @Override
    public HistoryConventions conventions() {
        return this;
    }

    @Override
    public boolean declaresSchema() {
        return true;
    }

    @Override
    public String anchorFile(Path projectDir) {
        return "prisma/schema.prisma";
    }

    @Override
    public String historyTable() {
        return "_prisma_migrations";
    }

    @Override
    public String deployCommand() {
        return "prisma migrate deploy";
    }

    @Override
    public Comparator<String> order() {
        return Comparator.naturalOrder();
    }

    /** Prisma accepts the file as is and with its line endings converted either way (git may rewrite them). */
    @Override
    public boolean checksumMatches(Migration local, AppliedMigration row) {
        String recorded = row.checksum().toLowerCase(java.util.Locale.ROOT);
        if (recorded.equals(local.checksum())) {
            return true;
        }
        String lf = local.source().text().replace("\r\n", "\n");
        return recorded.equals(sha256(lf)) || recorded.equals(sha256(lf.replace("\n", "\r\n")));
    }

    private static String sha256(String text) {
        return PrismaMigrations.sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String failedBlocksDeploy(String migration) {
        return "prisma migrate deploy refuses to apply anything until it is resolved (P3009)";
    }

    @Override
    public String failedRemedy(String migration) {
        return "fix the migration, then run `npx prisma migrate resolve --rolled-back " + migration
                + "` so deploy re-applies it (or `--applied " + migration
                + "` only if its changes are already in the database)";
    }

    @Override
    public String rolledBackRemedy(String migration) {
        return "make sure none of its changes are still in the database (a rolled-back migration is re-run "
                + "whole), or mark it applied with `npx prisma migrate resolve --applied " + migration + "`";
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
        return "deploy will run it after migrations written later";
    }

    @Override
    public String outOfOrderRemedy() {
        return "check it does not conflict with the later migrations, or rename its folder with a newer timestamp so "
                + "the order is explicit";
    }

    @Override
    public Severity missingLocalSeverity(String migration, String newestLocal) {
        return Severity.WARNING;
    }

    @Override
    public String missingLocalConsequence(String migration, String newestLocal) {
        return "the database has changes this history does not know about";
    }

    @Override
    public String newMigrationAdvice() {
        return "npx prisma migrate dev";
    }
}
