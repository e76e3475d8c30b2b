package dev.driftguard.rules.builtin;

import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.SqlStatement;
import java.util.AbstractList;
import java.util.List;

/**
 * The statements of the current migration before the current one. Rules keep no state between calls, so a rule
 * that depends on what the migration did earlier reads it here; a migration of several statements mostly runs as one
 * transaction (see {@link dev.driftguard.migrations.TransactionMode}), so "earlier in the migration" is mostly
 * "earlier in the same transaction". Both answers are views, found by a binary search:
 * rules ask on every statement, and a copy per statement would make a file of many statements quadratic.
 */
final class EarlierStatements {

    private EarlierStatements() {
    }

    static List<SqlStatement> of(StatementContext context) {
        List<SqlStatement> statements = context.migration().script().statements();
        return statements.subList(0, indexOf(statements, context.statement().span().start()));
    }

    /** The earlier commands, from the last {@code COMMIT} or {@code ROLLBACK} on: those in the current transaction. */
    static List<Command> inTransaction(StatementContext context) {
        List<SqlStatement> earlier = of(context);
        int from = earlier.size();
        while (from > 0 && !(earlier.get(from - 1).command() instanceof Command.Transaction t
                && (t.kind() == Command.Transaction.Kind.COMMIT || t.kind() == Command.Transaction.Kind.ROLLBACK))) {
            from--;
        }
        if (!context.migration().runsInTransaction()) {
            // Statements committed one by one share a transaction only after a BEGIN of the file's own.
            int begin = from;
            while (begin < earlier.size() && !isBegin(earlier.get(begin).command())) {
                begin++;
            }
            from = Math.min(begin + 1, earlier.size());
        }
        List<SqlStatement> inTransaction = earlier.subList(from, earlier.size());
        return new AbstractList<>() {
            @Override
            public Command get(int index) {
                return inTransaction.get(index).command();
            }

            @Override
            public int size() {
                return inTransaction.size();
            }
        };
    }

    /** Whether a BEGIN earlier in the migration is still open: neither committed nor rolled back since. */
    static boolean inExplicitTransaction(StatementContext context) {
        List<SqlStatement> earlier = of(context);
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (earlier.get(i).command() instanceof Command.Transaction t) {
                if (t.kind() == Command.Transaction.Kind.BEGIN) {
                    return true;
                }
                if (t.kind() == Command.Transaction.Kind.COMMIT || t.kind() == Command.Transaction.Kind.ROLLBACK) {
                    return false;
                }
            }
        }
        return false;
    }

    private static boolean isBegin(Command command) {
        return command instanceof Command.Transaction t && t.kind() == Command.Transaction.Kind.BEGIN;
    }

    /** How many statements end at or before {@code start}: statements are in source order and do not overlap. */
    private static int indexOf(List<SqlStatement> statements, int start) {
        int low = 0;
        int high = statements.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (statements.get(mid).span().end() <= start) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
