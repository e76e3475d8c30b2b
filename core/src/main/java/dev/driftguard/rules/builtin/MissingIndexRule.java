package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.CatalogView;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.SqlName;

/** {@code DROP INDEX} or {@code ALTER INDEX ... RENAME} of an index that is not there. */
@RuleInfo(id = "missing-index", severity = Severity.ERROR,
        summary = "DROP INDEX or ALTER INDEX names an index that does not exist at that point of the history")
public final class MissingIndexRule implements Rule {

    private static final String UNDEFINED_OBJECT = "42704";
    private static final String UNDEFINED_TABLE = "42P01";

    @Override
    public void checkStatement(StatementContext context) {
        if (context.inDoBlock()) {
            return;
        }
        Command command = context.statement().command();
        if (command instanceof Command.DropIndex c && !c.ifExists()) {
            c.names().stream().filter(n -> absent(context.catalog(), n)).findFirst().ifPresent(n ->
                    report(context, n, "index \"" + n.display() + "\" does not exist", UNDEFINED_OBJECT));
        } else if (command instanceof Command.RenameIndex c && !c.ifExists() && absent(context.catalog(), c.index())) {
            // ALTER INDEX looks the name up as any relation, so PostgreSQL words it as a missing relation.
            report(context, c.index(), "relation \"" + c.index().display() + "\" does not exist", UNDEFINED_TABLE);
        }
    }

    /** No relation at all of that name: a table or sequence of the name fails differently ("is not an index"). */
    private static boolean absent(CatalogView catalog, SqlName name) {
        return catalog.resolveIndex(name.schema(), name.name()).isEmpty()
                && catalog.resolveTable(name.schema(), name.name()).isEmpty()
                && catalog.resolveSequence(name.schema(), name.name()).isEmpty();
    }

    private static void report(StatementContext context, SqlName name, String postgresSays, String sqlState) {
        context.reportFailure(name.span(),
                postgresSays + ": neither the target nor an earlier migration creates an index \"" + name.display()
                        + "\" (PostgreSQL names an index it creates for a constraint after the constraint)",
                "correct the name (quoted names are case-sensitive), or write IF EXISTS when the index may be absent",
                sqlState);
    }
}
