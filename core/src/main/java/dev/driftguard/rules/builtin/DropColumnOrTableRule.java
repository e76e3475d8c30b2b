package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import dev.driftguard.sql.SqlName;

/**
 * Dropping a column or a table that exists in the target: its data is gone, and the code that still runs during the
 * deploy fails on every query that names it.
 */
@RuleInfo(id = "drop-column-or-table", severity = Severity.WARNING,
        summary = "Dropping an existing column or table loses its data and breaks the code that still uses it")
public final class DropColumnOrTableRule implements Rule {

    @Override
    public void checkStatement(StatementContext context) {
        var command = context.statement().command();
        if (command instanceof Command.DropTable drop) {
            for (SqlName name : drop.names()) {
                LockedTable.existing(context, name).ifPresent(table -> LockedTable.report(context, table, name.span(),
                        "dropping table " + LockedTable.describe(table) + " deletes its data for good and takes an "
                                + "ACCESS EXCLUSIVE lock; the running code fails on every query that uses it",
                        "first deploy code that no longer uses the table, then drop it in a later migration; keep "
                                + "a backup (or rename it) if the data may be needed"));
            }
        } else if (command instanceof Command.AlterTable alter) {
            LockedTable.existing(context, alter.table()).ifPresent(table -> alter.actions().stream()
                    .filter(AlterAction.DropColumn.class::isInstance)
                    .map(AlterAction.DropColumn.class::cast)
                    .filter(drop -> table.column(drop.column().name()).isPresent())
                    .forEach(drop -> LockedTable.report(context, table, drop.span(),
                            "dropping column \"" + drop.column().name() + "\" of " + LockedTable.describe(table)
                                    + " deletes its data for good and takes an ACCESS EXCLUSIVE lock; the running "
                                    + "code fails on every query that names it (Prisma selects every column)",
                            "first deploy code that no longer reads or writes the column (remove the field from "
                                    + "the schema and ship it), then drop the column in a later migration")));
        }
    }
}
