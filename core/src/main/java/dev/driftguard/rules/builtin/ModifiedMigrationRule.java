package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.history.AppliedMigration;
import dev.driftguard.rules.ProjectContext;
import dev.driftguard.rules.HistoryRule;
import dev.driftguard.rules.RuleInfo;
import java.util.List;
import java.util.Optional;

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
                .filter(r -> r.isApplied() && !r.isBaseline()).toList();
        for (AppliedMigration row : applied) {
            context.migrations().stream().filter(m -> m.name().equals(row.migrationName())).findFirst()
                    .filter(local -> !context.tool().checksumMatches(local, row))
                    .ifPresent(local -> context.report(context.tool().modifiedMigrationSeverity(),
                            Optional.of(MigrationLocations.firstStatement(local)), Optional.of(local.name()),
                            "migration " + local.name() + " was edited after it was applied: its checksum is "
                                    + abbreviate(local.checksum()) + ", the target recorded "
                                    + abbreviate(row.checksum()) + "; "
                                    + context.tool().modifiedMigrationConsequence(),
                            "restore the file as it was applied and put the change in a new migration"));
        }
    }

    private static String abbreviate(String checksum) {
        return checksum.length() > 12 ? checksum.substring(0, 12) + "…" : checksum;
    }
}
