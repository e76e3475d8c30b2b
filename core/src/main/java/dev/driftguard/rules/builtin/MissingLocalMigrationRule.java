package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.history.AppliedMigration;
import dev.driftguard.rules.ProjectContext;
import dev.driftguard.rules.HistoryRule;
import dev.driftguard.rules.RuleInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The target applied a migration that the local migrations folder does not have. */
@RuleInfo(id = "missing-local-migration", severity = Severity.WARNING,
        summary = "The target applied a migration that is not in the local migrations folder")
public final class MissingLocalMigrationRule implements HistoryRule {

    @Override
    public void checkProject(ProjectContext context) {
        Set<String> local = context.migrations().stream().map(m -> m.name()).collect(Collectors.toSet());
        String newestLocal = context.migrations().stream().map(m -> m.name()).max(context.tool().order()).orElse("");
        for (AppliedMigration row : context.history().orElse(List.of())) {
            if (row.isApplied() && !row.isBaseline() && !local.contains(row.migrationName())) {
                context.report(context.tool().missingLocalSeverity(row.migrationName(), newestLocal),
                        Optional.empty(), Optional.of(row.migrationName()),
                        "the target applied migration " + row.migrationName()
                                + ", which is not in the local migrations folder: "
                                + context.tool().missingLocalConsequence(row.migrationName(), newestLocal),
                        "restore the migration folder from version control, or check that this is the right "
                                + "database for this branch");
            }
        }
    }
}
