package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;

/**
 * {@code UPDATE} or {@code DELETE} without {@code WHERE} on a table that holds production data: one statement,
 * inside the migration's transaction, locks and rewrites (or deletes) every row.
 */
@RuleInfo(id = "update-or-delete-without-where", severity = Severity.WARNING,
        summary = "UPDATE or DELETE without WHERE touches every row of an existing table in one transaction")
public final class UpdateOrDeleteWithoutWhereRule implements Rule {

    @Override
    public void checkStatement(StatementContext context) {
        if (!(context.statement().command() instanceof Command.DataChange change) || change.hasWhere()
                || change.table().isEmpty()) {
            return;
        }
        boolean update = change.kind() == Command.DataChange.Kind.UPDATE;
        if (!update && change.kind() != Command.DataChange.Kind.DELETE) {
            return;
        }
        LockedTable.existing(context, change.table().get()).ifPresent(table -> LockedTable.report(context, table,
                change.table().get().span(),
                (update ? "UPDATE" : "DELETE") + " without WHERE " + (update ? "rewrites" : "deletes") + " every row "
                        + "of " + LockedTable.describe(table) + " in the migration's one transaction, holding a ROW "
                        + "EXCLUSIVE lock and every row's lock until it commits: concurrent writes to those rows wait",
                update ? "backfill in batches of a few thousand rows (WHERE id BETWEEN ...), outside the migration "
                        + "or in several migrations"
                        : "delete in batches with a WHERE clause; if every row must go and the table is disposable, "
                        + "say so with -- driftguard-ignore update-or-delete-without-where: <reason>"));
    }
}
