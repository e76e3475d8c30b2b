package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GENERATED ALWAYS AS (expr) STORED} over something that is not IMMUTABLE, such as {@code now()}. */
@RuleInfo(id = "mutable-function-in-generated-column", severity = Severity.ERROR,
        summary = "A generated column's expression uses a function, operator or cast that is not IMMUTABLE")
public final class MutableFunctionInGeneratedColumnRule implements Rule {

    @Override
    public void checkStatement(StatementContext context) {
        if (context.inDoBlock()) {
            return;
        }
        Command command = context.statement().command();
        if (command instanceof Command.CreateTable c) {
            Map<String, String> types = new LinkedHashMap<>();
            c.columns().forEach(col -> types.put(col.name().name(), col.type().formatted()));
            check(context, c.columns(), types);
        } else if (command instanceof Command.AlterTable c) {
            List<Command.ColumnDef> added = c.actions().stream().filter(AlterAction.AddColumn.class::isInstance)
                    .map(a -> ((AlterAction.AddColumn) a).column()).toList();
            if (added.stream().anyMatch(col -> col.generated().isPresent())) {
                IndexedTable.columnTypes(context, c.table()).ifPresent(types -> {
                    Map<String, String> all = new LinkedHashMap<>(types);
                    added.forEach(col -> all.put(col.name().name(), col.type().formatted()));
                    check(context, added, all);
                });
            }
        }
    }

    private static void check(StatementContext context, List<Command.ColumnDef> columns, Map<String, String> types) {
        for (Command.ColumnDef col : columns) {
            if (col.generated().isEmpty() || col.identity()) {
                continue;
            }
            var mutable = context.firstMutable(col.generated().get(), types);
            if (mutable.isPresent()) {
                context.reportFailure(mutable.get().span(),
                        "generated column \"" + col.name().name() + "\" uses " + mutable.get().kind() + " "
                                + mutable.get().description() + ", which is " + mutable.get().volatility().keyword()
                                + ": PostgreSQL rejects it with \"generation expression is not immutable\"",
                        "compute the value with an IMMUTABLE expression (e.g. ts AT TIME ZONE 'UTC' instead of a cast "
                                + "of a timestamptz), or fill an ordinary column from the application or a trigger",
                        IndexedTable.INVALID_OBJECT_DEFINITION);
                return;
            }
        }
    }
}
