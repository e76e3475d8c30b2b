package com.example.driftguard;

import dev.driftguard.Severity;
import dev.driftguard.catalog.Table;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.SqlName;
import java.util.Optional;

/**
 * A house rule: a migration never drops a table that holds data; the retention policy wants it archived first.
 * Tables the pending migrations created themselves are fair game.
 */
@RuleInfo(id = "acme-no-drop-table", severity = Severity.ERROR,
        summary = "A migration drops a table that exists on the target; archive it first")
public final class NoDropTableRule implements Rule {

    @Override
    public void checkStatement(StatementContext context) {
        if (!(context.statement().command() instanceof Command.DropTable drop)) {
            return;
        }
        for (SqlName name : drop.names()) {
            // The catalog is the one just before this statement, with the target's tables and what earlier
            // statements did to them.
            Optional<Table> table = context.catalog().resolveTable(name.schema(), name.name());
            if (table.isPresent() && !context.createdByPendingMigration(table.get().name())) {
                // A negative estimate means the table was never analysed: say nothing rather than something wrong.
                String rows = table.get().estimatedRows().filter(n -> n >= 0).map(n -> " (about " + n + " rows)")
                        .orElse("");
                context.report(name.span(), "table \"" + table.get().name().display() + "\"" + rows
                                + " is dropped; the retention policy wants it archived first",
                        "archive the table (see the runbook), then drop it in a migration of its own");
            }
        }
    }
}
