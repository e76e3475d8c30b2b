package dev.driftguard.rules.builtin;

import dev.driftguard.catalog.ConstraintKind;
import dev.driftguard.catalog.Table;
import dev.driftguard.rules.RowCheck;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command.AlterAction;
import dev.driftguard.sql.Expr;
import dev.driftguard.sql.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the row-checking rules share: how to name a table's rows in SQL, and which expressions may go into a query. */
final class TargetRows {

    private TargetRows() {
    }

    /** The text of {@code span} in the current migration. */
    static String text(StatementContext context, Span span) {
        return context.migration().source().text().substring(span.start(), span.end());
    }

    /**
     * What identifies a row to a person: the primary key's columns, else {@code ctid}. Shown only with
     * {@code --show-data}.
     */
    static String rowKey(StatementContext context, Table table) {
        Optional<List<String>> key = context.catalog().constraintsOf(table.name()).stream()
                .filter(c -> c.kind() == ConstraintKind.PRIMARY_KEY).findFirst().map(c -> c.columns());
        return key.filter(k -> !k.isEmpty()).map(k -> String.join(", ", k.stream().map(RowCheck::quote).toList()))
                .orElse("ctid");
    }

    /** Columns of {@code table} an expression names. */
    static Set<String> columnsOf(Expr expression) {
        Set<String> columns = new HashSet<>();
        collect(expression, columns);
        return columns;
    }

    private static void collect(Expr e, Set<String> into) {
        if (e instanceof Expr.ColumnRef ref) {
            into.add(ref.column());
        }
        e.children().forEach(c -> collect(c, into));
    }

    /**
     * Whether an expression from the migration may be run in a query on the target: only when it is immutable (it
     * can have no effect and reads nothing but the row) and holds no construct the model does not know.
     */
    static boolean safeToRun(StatementContext context, Expr expression, Table table) {
        if (hasOpaque(expression)) {
            return false;
        }
        Map<String, String> types = new HashMap<>();
        table.columns().forEach(c -> types.put(c.name(), c.type()));
        return context.firstMutable(expression, types).isEmpty();
    }

    /** Constructs that read other rows or tables, or stand for something outside the expression. */
    private static final Set<String> NOT_RUN = Set.of("subquery", "exists", "array", "any", "all", "some",
            "aggregate", "parameter", "default");

    private static boolean hasOpaque(Expr e) {
        if (e instanceof Expr.Opaque o && NOT_RUN.contains(o.kind())) {
            return true;
        }
        return e.children().stream().anyMatch(TargetRows::hasOpaque);
    }

    /**
     * Columns whose values an earlier action of the same {@code ALTER TABLE} adds, converts or drops: the target's
     * rows do not hold them as the later action finds them.
     */
    static Set<String> changedBefore(List<AlterAction> actions, AlterAction current) {
        Set<String> changed = new HashSet<>();
        for (AlterAction action : actions) {
            if (action == current) {
                break;
            }
            if (action instanceof AlterAction.AddColumn a) {
                changed.add(a.column().name().name());
            } else if (action instanceof AlterAction.AlterColumnType a) {
                changed.add(a.column().name());
            } else if (action instanceof AlterAction.DropColumn a) {
                changed.add(a.column().name());
            }
        }
        return changed;
    }

    /** {@code "a" IS NOT NULL AND "b" IS NOT NULL}. */
    static String allNotNull(List<String> expressions) {
        List<String> parts = new ArrayList<>();
        expressions.forEach(e -> parts.add("(" + e + ") IS NOT NULL"));
        return String.join(" AND ", parts);
    }
}
