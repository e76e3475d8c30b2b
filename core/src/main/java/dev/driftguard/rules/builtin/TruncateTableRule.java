package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.SqlName;

/**
 * {@code TRUNCATE} of a table that holds production data: every row is gone, with {@code CASCADE} also those of every
 * table that references it, under an ACCESS EXCLUSIVE lock.
 */
@RuleInfo(id = "truncate-table", severity = Severity.WARNING,
        summary = "TRUNCATE deletes every row of an existing table (and, with CASCADE, of the tables referencing it)")
public final class TruncateTableRule implements Rule {

    @Override
    public void checkStatement(StatementContext context) {
        if (!(context.statement().command() instanceof Command.Truncate truncate)) {
            return;
        }
        for (SqlName name : truncate.names()) {
            LockedTable.existing(context, name).ifPresent(table -> LockedTable.report(context, table, name.span(),
                    "TRUNCATE takes an ACCESS EXCLUSIVE lock on " + LockedTable.describe(table) + " and deletes every "
                            + "row" + (truncate.cascade() ? ", and CASCADE empties every table that references it as "
                            + "well, whatever the target holds" : ""),
                    "delete the rows you mean to delete with DELETE ... WHERE, in batches; if the table really is "
                            + "disposable, say so with -- driftguard-ignore truncate-table: <reason>"));
        }
    }
}
