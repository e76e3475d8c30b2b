package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.ConstraintKind;
import dev.driftguard.catalog.QualifiedName;
import dev.driftguard.catalog.Table;
import dev.driftguard.rules.RowCheck;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import dev.driftguard.sql.Expr;
import dev.driftguard.sql.Ident;
import dev.driftguard.sql.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Against a live target: a unique index or constraint on rows that already repeat a key. Building the index fails
 * with 23505 "could not create unique index ... Key (...) is duplicated" ({@code _bt_load} via
 * {@code tuplesort}); rows with a NULL key never collide unless the index is {@code NULLS NOT DISTINCT}. Expression
 * keys and partial predicates are evaluated as the index would, when they are immutable.
 */
@RuleInfo(id = "unique-violation", severity = Severity.ERROR,
        summary = "CREATE UNIQUE INDEX, ADD UNIQUE or ADD PRIMARY KEY on a live target whose rows repeat the key")
public final class UniqueViolationRule implements Rule {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public void checkStatement(StatementContext context) {
        Command command = context.statement().command();
        if (command instanceof Command.CreateIndex index && index.unique()) {
            context.catalog().resolveTable(index.table().schema(), index.table().name())
                    .filter(t -> context.rowsKnown(t.name()))
                    .ifPresent(t -> checkIndex(context, index, t));
        } else if (command instanceof Command.AlterTable alter) {
            Optional<Table> table = context.catalog().resolveTable(alter.table().schema(), alter.table().name())
                    .filter(t -> context.rowsKnown(t.name()));
            if (table.isEmpty()) {
                return;
            }
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.AddConstraint add && add.constraint().usingIndex().isEmpty()
                        && (add.constraint().kind() == ConstraintKind.UNIQUE
                        || add.constraint().kind() == ConstraintKind.PRIMARY_KEY)
                        && !add.constraint().columns().isEmpty()) {
                    Set<String> changed = TargetRows.changedBefore(alter.actions(), action);
                    List<Ident> columns = add.constraint().columns();
                    if (columns.stream().anyMatch(c -> changed.contains(c.name())
                            || table.get().column(c.name()).isEmpty())) {
                        continue;
                    }
                    boolean nullsDistinct = !notDistinct(TargetRows.text(context, add.span()));
                    ask(context, table.get(), columns.stream().map(c -> RowCheck.quote(c.name())).toList(),
                            columns.stream().map(Ident::name).toList(), Optional.empty(), nullsDistinct,
                            add.constraint().name().map(Ident::span).orElse(add.span()),
                            add.constraint().kind() == ConstraintKind.PRIMARY_KEY ? "primary key" : "unique constraint");
                    return;
                }
            }
        }
    }

    private static void checkIndex(StatementContext context, Command.CreateIndex index, Table table) {
        List<String> keys = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (Command.IndexKey key : index.keys()) {
            if (key.collation().isPresent() || key.opclass().isPresent()
                    || !TargetRows.safeToRun(context, key.expression(), table)) {
                // Another collation or operator class has another equality: counting with the default one could
                // find duplicates the index does not see.
                return;
            }
            keys.add(TargetRows.text(context, key.expression().span()));
            columns.addAll(TargetRows.columnsOf(key.expression()));
        }
        Optional<String> predicate = Optional.empty();
        if (index.predicate().isPresent()) {
            Expr where = index.predicate().get();
            if (!TargetRows.safeToRun(context, where, table)) {
                return;
            }
            predicate = Optional.of(TargetRows.text(context, where.span()));
            columns.addAll(TargetRows.columnsOf(where));
        }
        if (columns.stream().anyMatch(c -> table.column(c).isEmpty())) {
            return;
        }
        Span at = index.name().map(Ident::span).orElse(index.table().span());
        ask(context, table, keys, columns, predicate, !notDistinct(TargetRows.text(context,
                context.statement().span())), at, "unique index");
    }

    private static boolean notDistinct(String statement) {
        return statement.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").contains("NULLS NOT DISTINCT");
    }

    private static void ask(StatementContext context, Table table, List<String> keys, List<String> columns,
                            Optional<String> predicate, boolean nullsDistinct, Span at, String what) {
        List<String> conditions = new ArrayList<>();
        predicate.ifPresent(p -> conditions.add("(" + p + ")"));
        if (nullsDistinct) {
            conditions.add(TargetRows.allNotNull(keys));
        }
        List<String> selected = new ArrayList<>();
        List<String> ordinals = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            selected.add("(" + keys.get(i) + ")");
            ordinals.add(String.valueOf(i + 1));
        }
        QualifiedName name = table.name();
        String sql = "SELECT " + String.join(", ", selected) + " FROM " + RowCheck.quote(name)
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " GROUP BY " + String.join(", ", ordinals) + " HAVING count(*) > 1";
        Map<QualifiedName, Set<String>> reads = new HashMap<>();
        reads.put(name, Set.copyOf(columns));
        String shown = String.join(", ", keys);
        context.checkRows(new RowCheck(name, reads, sql, "duplicated key", at,
                "could not create " + what + " on \"" + name.name() + "\" (" + shown + "): the target's rows hold {n}",
                "remove or merge the duplicates first (in this or an earlier migration), or widen the key",
                UNIQUE_VIOLATION));
    }
}
