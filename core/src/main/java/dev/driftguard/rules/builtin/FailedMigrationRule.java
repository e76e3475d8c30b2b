package dev.driftguard.rules.builtin;

import dev.driftguard.Location;
import dev.driftguard.Severity;
import dev.driftguard.history.AppliedMigration;
import dev.driftguard.migrations.Migration;
import dev.driftguard.rules.ProjectContext;
import dev.driftguard.tools.HistoryConventions;
import dev.driftguard.rules.HistoryRule;
import dev.driftguard.rules.RuleInfo;
import java.util.List;
import java.util.Optional;

/**
 * The history table ({@code _prisma_migrations}, {@code flyway_schema_history}) holds a migration that started and neither finished nor was rolled back: Prisma refuses
 * every later deploy (error P3009) until someone resolves it.
 */
@RuleInfo(id = "failed-migration", severity = Severity.ERROR,
        summary = "The target's migration history has a failed migration that blocks every deploy")
public final class FailedMigrationRule implements HistoryRule {

    @Override
    public void checkProject(ProjectContext context) {
        List<AppliedMigration> rows = context.history().orElse(List.of());
        for (AppliedMigration row : rows) {
            if (!row.isFailed()) {
                continue;
            }
            Optional<Migration> local = context.migrations().stream()
                    .filter(m -> m.name().equals(row.migrationName())).findFirst();
            Optional<Location> location = local.map(MigrationLocations::firstStatement);
            HistoryConventions tool = context.tool();
            boolean laterApplied = rows.stream().anyMatch(r -> r.isApplied()
                    && tool.order().compare(r.migrationName(), row.migrationName()) > 0);
            String started = row.startedAt().map(t -> " (started " + t + ")").orElse("");
            context.report(location, Optional.of(row.migrationName()),
                    "migration " + row.migrationName() + " is recorded as failed in " + tool.historyTable() + started
                            + ": " + tool.failedBlocksDeploy(row.migrationName())
                            + (local.isEmpty() ? "; it is not in the local migrations folder either" : ""),
                    tool.failedRemedy(row.migrationName())
                            + (laterApplied ? "; later migrations were applied after it, check they do not depend on it"
                            : ""));
        }
    }
}
