package dev.driftguard.rules.builtin;

import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.SqlStatement;
import java.util.List;

/**
 * The statements of the current migration before the current one. Rules keep no state between calls, so a rule
 * that depends on what the migration did earlier reads it here; a Prisma migration runs as one transaction, so
 * "earlier in the migration" is "earlier in the same transaction".
 */
final class EarlierStatements {

    private EarlierStatements() {
    }

    static List<SqlStatement> of(StatementContext context) {
        int start = context.statement().span().start();
        return context.migration().script().statements().stream()
                .filter(s -> s.span().end() <= start)
                .toList();
    }

    /** The earlier commands, from the last {@code COMMIT} or {@code ROLLBACK} on: those in the current transaction. */
    static List<Command> inTransaction(StatementContext context) {
        List<Command> earlier = of(context).stream().map(SqlStatement::command).toList();
        int from = 0;
        for (int i = 0; i < earlier.size(); i++) {
            if (earlier.get(i) instanceof Command.Transaction t
                    && (t.kind() == Command.Transaction.Kind.COMMIT || t.kind() == Command.Transaction.Kind.ROLLBACK)) {
                from = i + 1;
            }
        }
        return earlier.subList(from, earlier.size());
    }
}
