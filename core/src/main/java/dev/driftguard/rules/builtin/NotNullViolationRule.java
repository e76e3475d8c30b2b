package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.Column;
import dev.driftguard.catalog.ConstraintKind;
import dev.driftguard.catalog.Table;
import dev.driftguard.rules.RowCheck;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import dev.driftguard.sql.Ident;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Against a live target: a statement that makes a column NOT NULL, on rows that would hold NULL in it. PostgreSQL
 * checks every existing row ({@code ATRewriteTable} in {@code tablecmds.c}) and fails with 23502 "column ... contains
 * null values": {@code ADD COLUMN ... NOT NULL} without a default on a table with rows, {@code SET NOT NULL}, and
 * {@code ADD PRIMARY KEY}, which sets its columns NOT NULL first.
 */
@RuleInfo(id = "not-null-violation", severity = Severity.ERROR,
        summary = "ADD COLUMN ... NOT NULL, SET NOT NULL or ADD PRIMARY KEY on a live target whose rows hold NULL "
                + "there")
public final class NotNullViolationRule implements Rule {

    private static final String NOT_NULL_VIOLATION = "23502";

    @Override
    public void checkStatement(StatementContext context) {
        if (!(context.statement().command() instanceof Command.AlterTable alter)) {
            return;
        }
        Optional<Table> found = context.catalog().resolveTable(alter.table().schema(), alter.table().name());
        if (found.isEmpty() || !context.rowsKnown(found.get().name())) {
            return;
        }
        Table table = found.get();
        String key = TargetRows.rowKey(context, table);
        for (AlterAction action : alter.actions()) {
            Set<String> changed = TargetRows.changedBefore(alter.actions(), action);
            if (action instanceof AlterAction.AddColumn add
                    && AddNotNullColumnWithoutDefaultRule.requiredWithoutValue(add.column())
                    && table.column(add.column().name().name()).isEmpty()) {
                Ident column = add.column().name();
                context.checkRows(RowCheck.onTable(table.name(), List.of(),
                        "SELECT " + key + " FROM " + RowCheck.quote(table.name()), "row", column.span(),
                        "column \"" + column.name() + "\" of relation \"" + table.name().name() + "\" contains null "
                                + "values: it is added NOT NULL without a default, and the target holds {n}",
                        "add the column with a default, or nullable, fill it, then SET NOT NULL",
                        NOT_NULL_VIOLATION));
                return;
            } else if (action instanceof AlterAction.SetNotNull set && !changed.contains(set.column().name())) {
                if (askNulls(context, table, key, List.of(set.column()), set.column())) {
                    return;
                }
            } else if (action instanceof AlterAction.AddConstraint add
                    && add.constraint().kind() == ConstraintKind.PRIMARY_KEY && add.constraint().usingIndex().isEmpty()
                    && add.constraint().columns().stream().noneMatch(c -> changed.contains(c.name()))) {
                List<Ident> nullable = add.constraint().columns().stream()
                        .filter(c -> table.column(c.name()).map(Column::nullable).orElse(false)).toList();
                if (!nullable.isEmpty() && askNulls(context, table, key, nullable,
                        add.constraint().name().orElse(nullable.get(0)))) {
                    return;
                }
            }
        }
    }

    private static boolean askNulls(StatementContext context, Table table, String key, List<Ident> columns,
                                    Ident at) {
        if (columns.stream().anyMatch(c -> table.column(c.name()).map(col -> !col.nullable()).orElse(true))) {
            // Already NOT NULL (nothing to find) or not a column of the table (another rule's finding).
            return false;
        }
        List<String> names = columns.stream().map(Ident::name).toList();
        String where = String.join(" OR ", names.stream().map(n -> RowCheck.quote(n) + " IS NULL").toList());
        String listed = String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
        context.checkRows(RowCheck.onTable(table.name(), names,
                "SELECT " + key + " FROM " + RowCheck.quote(table.name()) + " WHERE " + where, "row", at.span(),
                "column " + listed + " of relation \"" + table.name().name() + "\" contains null values: {n} of the "
                        + "target hold NULL there",
                "fill the NULLs first (UPDATE ... SET " + listed + " = ... WHERE ... IS NULL) in this or an "
                        + "earlier migration, or keep the column nullable", NOT_NULL_VIOLATION));
        return true;
    }
}
