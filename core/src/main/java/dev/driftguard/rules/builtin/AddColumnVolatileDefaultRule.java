package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.Table;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import java.util.Set;

/**
 * {@code ADD COLUMN} whose value must be computed row by row: a VOLATILE default ({@code gen_random_uuid()},
 * {@code clock_timestamp()}), an identity or serial column, a stored generated column. PostgreSQL then rewrites the
 * whole table under an ACCESS EXCLUSIVE lock; a constant or STABLE default ({@code now()}) is stored once in the
 * catalog instead.
 */
@RuleInfo(id = "add-column-volatile-default", severity = Severity.WARNING,
        summary = "ADD COLUMN with a volatile default, identity, serial or generated value rewrites an existing table")
public final class AddColumnVolatileDefaultRule implements Rule {

    private static final Set<String> SERIAL_TYPES = Set.of("serial", "bigserial", "smallserial");

    @Override
    public void checkStatement(StatementContext context) {
        if (!(context.statement().command() instanceof Command.AlterTable alter)) {
            return;
        }
        LockedTable.existing(context, alter.table()).ifPresent(table -> alter.actions().stream()
                .filter(AlterAction.AddColumn.class::isInstance)
                .map(AlterAction.AddColumn.class::cast)
                .forEach(add -> check(context, table, add.column())));
    }

    private static void check(StatementContext context, Table table, Command.ColumnDef column) {
        String rewrite = " rewrites " + LockedTable.describe(table) + " row by row under an ACCESS EXCLUSIVE lock: "
                + "every query on it waits until the rewrite ends";
        String name = "\"" + column.name().name() + "\"";
        var volatileCall = column.defaultValue().flatMap(d -> VolatileCall.in(context, d));
        if (volatileCall.isPresent()) {
            LockedTable.report(context, table, volatileCall.get().nameSpan(),
                    "adding column " + name + " with the VOLATILE default " + volatileCall.get().name().name() + "()"
                            + rewrite,
                    "add the column without a default (or with a constant one), set the default in the same "
                            + "migration, and fill existing rows in batches");
        } else if (column.identity() || SERIAL_TYPES.contains(column.type().name())) {
            LockedTable.report(context, table, column.name().span(),
                    "adding the " + (column.identity() ? "identity" : column.type().name()) + " column " + name
                            + " numbers every existing row, so it" + rewrite,
                    "add a plain bigint column, attach a sequence default, fill existing rows in batches, then add "
                            + "the identity in a quiet moment");
        } else if (column.generated().isPresent()) {
            LockedTable.report(context, table, column.name().span(),
                    "adding the stored generated column " + name + " computes it for every existing row, so it"
                            + rewrite,
                    "add a plain column filled by a trigger, fill existing rows in batches; or accept the rewrite "
                            + "in a maintenance window");
        }
    }
}
