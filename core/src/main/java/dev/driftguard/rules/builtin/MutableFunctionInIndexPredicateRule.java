package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;

/** A partial index whose predicate is not IMMUTABLE, such as {@code WHERE created_at > now() - interval '30 days'}. */
@RuleInfo(id = "mutable-function-in-index-predicate", severity = Severity.ERROR,
        summary = "An index predicate uses a function, operator or cast that is not IMMUTABLE, such as now()")
public final class MutableFunctionInIndexPredicateRule implements Rule {

    @Override
    public void checkStatement(StatementContext context) {
        if (context.inDoBlock() || !(context.statement().command() instanceof Command.CreateIndex index)
                || index.predicate().isEmpty()) {
            return;
        }
        IndexedTable.columnTypes(context, index.table()).ifPresent(columns ->
                context.firstMutable(index.predicate().get(), columns).ifPresent(mutable ->
                        context.reportFailure(mutable.span(),
                                "index predicate uses " + mutable.kind() + " " + mutable.description() + ", which is "
                                        + mutable.volatility().keyword() + ": PostgreSQL rejects it with \"functions in "
                                        + "index predicate must be marked IMMUTABLE\"",
                                "a partial index cannot have a moving window: compare with a constant (such as "
                                        + "'2025-01-01'::timestamptz), or drop the WHERE clause and filter in queries",
                                IndexedTable.INVALID_OBJECT_DEFINITION)));
    }
}
