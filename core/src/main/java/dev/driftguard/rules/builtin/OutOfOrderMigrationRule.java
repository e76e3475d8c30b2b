package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.history.AppliedMigration;
import dev.driftguard.migrations.Migration;
import dev.driftguard.rules.ProjectContext;
import dev.driftguard.rules.HistoryRule;
import dev.driftguard.rules.RuleInfo;
import java.util.List;
import java.util.Optional;

/**
 * A pending migration sorts before the newest applied one (typically merged from a long-lived branch): deploy will
 * apply it after migrations that were written later, in an order no developer ever tested.
 */
@RuleInfo(id = "out-of-order-migration", severity = Severity.WARNING,
        summary = "A pending migration is older than the newest applied one and will run out of order")
public final class OutOfOrderMigrationRule implements HistoryRule {

    @Override
    public void checkProject(ProjectContext context) {
        List<AppliedMigration> history = context.history().orElse(List.of());
        Optional<String> newestApplied = history.stream()
                .filter(r -> r.isApplied() && !r.isBaseline() && context.tool().ordered(r.migrationName()))
                .map(AppliedMigration::migrationName).max(context.tool().order());
        if (newestApplied.isEmpty()) {
            return;
        }
        for (Migration pending : context.pendingMigrations()) {
            boolean failedOrRolledBack = history.stream().anyMatch(r -> r.migrationName().equals(pending.name()));
            if (!failedOrRolledBack && context.tool().ordered(pending.name())
                    && context.tool().order().compare(pending.name(), newestApplied.get()) < 0) {
                context.report(context.tool().outOfOrderSeverity(),
                        Optional.of(MigrationLocations.firstStatement(pending)), Optional.of(pending.name()),
                        "migration " + pending.name() + " is not applied but sorts before " + newestApplied.get()
                                + ", which is: " + context.tool().outOfOrderConsequence(newestApplied.get()),
                        context.tool().outOfOrderRemedy());
            }
        }
    }
}
