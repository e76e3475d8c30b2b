package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;

/**
 * Renaming a column or a table that running code uses: between the migration and the deploy of the new code, every
 * query that names the old name fails.
 */
@RuleInfo(id = "rename-column-or-table", severity = Severity.WARNING,
        summary = "Renaming an existing column or table breaks the code that still runs with the old name")
public final class RenameColumnOrTableRule implements Rule {

    @Override
    public void checkStatement(StatementContext context) {
        if (!(context.statement().command() instanceof Command.AlterTable alter)) {
            return;
        }
        LockedTable.existing(context, alter.table()).ifPresent(table -> {
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.RenameColumn rename) {
                    LockedTable.report(context, table, rename.span(),
                            "renaming column \"" + rename.from().name() + "\" of " + LockedTable.describe(table)
                                    + " to \"" + rename.to().name() + "\" takes an ACCESS EXCLUSIVE lock, and every "
                                    + "query of the running code that names \"" + rename.from().name()
                                    + "\" fails from then until the new code is deployed",
                            "add the new column, write to both, backfill, move reads to the new one, and drop the "
                                    + "old column in a later release; with Prisma, @map(\"" + rename.from().name()
                                    + "\") renames the field without renaming the column");
                } else if (action instanceof AlterAction.RenameTable rename) {
                    LockedTable.report(context, table, rename.span(),
                            "renaming table " + LockedTable.describe(table) + " to \"" + rename.to().name()
                                    + "\" takes an ACCESS EXCLUSIVE lock, and every query of the running code that "
                                    + "names the old table fails from then until the new code is deployed",
                            "keep the table name (with Prisma, @@map(\"" + table.name().name() + "\") renames the "
                                    + "model only), or rename it and create a view with the old name in the same "
                                    + "migration, dropping the view once no code uses it");
                }
            }
        });
    }
}
