package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.history.AppliedMigration;
import dev.driftguard.migrations.Migration;
import dev.driftguard.rules.ProjectContext;
import dev.driftguard.rules.HistoryRule;
import dev.driftguard.rules.RuleInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An applied migration whose local {@code migration.sql} no longer matches the checksum recorded when it ran: what is
 * in the repository is not what is in the database.
 */
@RuleInfo(id = "modified-migration", severity = Severity.WARNING,
        summary = "An applied migration's file was edited after it was applied (checksum mismatch)")
public final class ModifiedMigrationRule implements HistoryRule {

    @Override
    public void checkProject(ProjectContext context) {
        List<AppliedMigration> applied = context.history().orElse(List.of()).stream()
                .filter(AppliedMigration::isApplied).toList();
        for (AppliedMigration row : applied) {
            context.migrations().stream().filter(m -> m.name().equals(row.migrationName())).findFirst()
                    .filter(local -> !acceptedChecksums(local).contains(row.checksum().toLowerCase()))
                    .ifPresent(local -> context.report(Optional.of(MigrationLocations.firstStatement(local)),
                            Optional.of(local.name()),
                            "migration " + local.name() + " was edited after it was applied: its checksum is "
                                    + abbreviate(local.checksum()) + ", the target recorded "
                                    + abbreviate(row.checksum()) + "; the database has the old version's effects",
                            "restore the file as it was applied and put the change in a new migration"));
        }
    }

    /** Prisma accepts the file as is and with its line endings converted either way (git may rewrite them). */
    private static Set<String> acceptedChecksums(Migration migration) {
        String text = migration.source().text();
        String lf = text.replace("\r\n", "\n");
        String crlf = lf.replace("\n", "\r\n");
        return new HashSet<>(List.of(migration.checksum(), sha256(lf), sha256(crlf)));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String abbreviate(String checksum) {
        return checksum.length() > 12 ? checksum.substring(0, 12) + "…" : checksum;
    }
}
