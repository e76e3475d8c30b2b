package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.migrations.TransactionMode;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.SqlStatement;
import dev.driftguard.sql.Span;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code CONCURRENTLY} index operation in a migration PostgreSQL runs as one transaction. Prisma sends a migration
 * file as one script over the simple query protocol, which PostgreSQL runs in one implicit transaction block as soon
 * as the script holds more than one statement.
 */
@RuleInfo(id = "concurrent-index-in-transaction", severity = Severity.ERROR,
        summary = "CREATE/DROP INDEX CONCURRENTLY or REINDEX CONCURRENTLY in a migration with other statements, "
                + "which runs inside a transaction block")
public final class ConcurrentIndexInTransactionRule implements Rule {

    private static final String ACTIVE_SQL_TRANSACTION = "25001";
    private static final Pattern CONCURRENTLY = Pattern.compile("(?i)\\bconcurrently\\b");

    @Override
    public void checkStatement(StatementContext context) {
        if (context.inDoBlock()) {
            return;
        }
        Command command = context.statement().command();
        String operation;
        if (command instanceof Command.CreateIndex c && c.concurrently()) {
            operation = "CREATE INDEX CONCURRENTLY";
        } else if (command instanceof Command.DropIndex c && c.concurrently()) {
            operation = "DROP INDEX CONCURRENTLY";
        } else if (command instanceof Command.Reindex c && c.concurrently()) {
            operation = "REINDEX CONCURRENTLY";
        } else {
            return;
        }
        List<SqlStatement> statements = context.migration().script().statements();
        boolean explicit = EarlierStatements.inExplicitTransaction(context);
        String why;
        if (explicit) {
            why = "it follows a BEGIN";
        } else if (context.migration().transaction() == TransactionMode.TRANSACTION) {
            why = "the migration tool runs this migration inside one transaction";
        } else if (context.migration().runsInTransaction()) {
            why = "the migration has " + statements.size() + " statements, and PostgreSQL runs a multi-statement "
                    + "script (as Prisma sends it) in one implicit transaction";
        } else {
            return;
        }
        context.reportFailure(keywordSpan(context.statement()),
                operation + " cannot run inside a transaction block, and this one will: " + why,
                "move the statement into a migration of its own that holds nothing else (not even BEGIN/COMMIT), "
                        + "or drop CONCURRENTLY when the table is small",
                ACTIVE_SQL_TRANSACTION);
    }

    /** The CONCURRENTLY keyword, which is what makes the statement fail; the statement when it cannot be found. */
    private static Span keywordSpan(SqlStatement statement) {
        Matcher m = CONCURRENTLY.matcher(statement.text());
        if (m.find()) {
            int start = statement.span().start() + m.start();
            return new Span(start, start + m.group().length());
        }
        return statement.span();
    }
}
