package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.history.AppliedMigration;
import dev.driftguard.migrations.Migration;
import dev.driftguard.rules.ProjectContext;
import dev.driftguard.rules.HistoryRule;
import dev.driftguard.rules.RuleInfo;
import java.util.List;
import java.util.Optional;

/** A migration marked rolled back: the next deploy applies it again from the start. */
@RuleInfo(id = "rolled-back-migration", severity = Severity.INFO,
        summary = "A migration was rolled back in the target's history and will be applied again")
public final class RolledBackMigrationRule implements HistoryRule {

    @Override
    public void checkProject(ProjectContext context) {
        List<AppliedMigration> rows = context.history().orElse(List.of());
        for (AppliedMigration row : rows) {
            boolean reapplied = rows.stream().anyMatch(r -> r.migrationName().equals(row.migrationName())
                    && r.isApplied());
            if (!row.isRolledBack() || reapplied) {
                continue;
            }
            Optional<Migration> local = context.migrations().stream()
                    .filter(m -> m.name().equals(row.migrationName())).findFirst();
            context.report(local.map(MigrationLocations::firstStatement), Optional.of(row.migrationName()),
                    "migration " + row.migrationName() + " was rolled back"
                            + row.rolledBackAt().map(t -> " at " + t).orElse("")
                            + ": the next deploy applies it again from its first statement",
                    context.tool().rolledBackRemedy(row.migrationName()));
        }
    }
}
