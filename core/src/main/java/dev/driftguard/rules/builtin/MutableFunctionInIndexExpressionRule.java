package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Expr;

/** An expression index over something that is not IMMUTABLE, such as {@code (created_at::date)} on timestamptz. */
@RuleInfo(id = "mutable-function-in-index-expression", severity = Severity.ERROR,
        summary = "An index expression uses a function, operator or cast that is not IMMUTABLE")
public final class MutableFunctionInIndexExpressionRule implements Rule {

    @Override
    public void checkStatement(StatementContext context) {
        if (context.inDoBlock() || !(context.statement().command() instanceof Command.CreateIndex index)) {
            return;
        }
        IndexedTable.columnTypes(context, index.table()).ifPresent(columns -> {
            for (Command.IndexKey key : index.keys()) {
                if (key.expression() instanceof Expr.ColumnRef) {
                    continue;
                }
                var mutable = context.firstMutable(key.expression(), columns);
                if (mutable.isPresent()) {
                    context.reportFailure(mutable.get().span(),
                            "index expression uses " + mutable.get().kind() + " " + mutable.get().description()
                                    + ", which is " + mutable.get().volatility().keyword() + ": PostgreSQL rejects it "
                                    + "with \"functions in index expression must be marked IMMUTABLE\"",
                            "index an IMMUTABLE form of the expression, e.g. (ts AT TIME ZONE 'UTC')::date instead of "
                                    + "ts::date for a timestamptz, or a stored generated column",
                            IndexedTable.INVALID_OBJECT_DEFINITION);
                    return;
                }
            }
        });
    }
}
