package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.ConstraintKind;
import dev.driftguard.catalog.Table;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ADD COLUMN ... NOT NULL} without a default on an existing table: PostgreSQL accepts it only while the table
 * is empty, so it passes in development and fails in production with {@code 23502}.
 */
@RuleInfo(id = "add-not-null-column-without-default", severity = Severity.WARNING,
        summary = "ADD COLUMN ... NOT NULL without a default fails as soon as the existing table has a row")
public final class AddNotNullColumnWithoutDefaultRule implements Rule {

    private static final Set<String> SERIAL_TYPES = Set.of("serial", "bigserial", "smallserial");

    @Override
    public void checkStatement(StatementContext context) {
        if (!(context.statement().command() instanceof Command.AlterTable alter)) {
            return;
        }
        LockedTable.existing(context, alter.table()).ifPresent(table -> alter.actions().stream()
                .filter(AlterAction.AddColumn.class::isInstance)
                .map(a -> ((AlterAction.AddColumn) a).column())
                .filter(AddNotNullColumnWithoutDefaultRule::requiredWithoutValue)
                .forEach(column -> report(context, table, column)));
    }

    static boolean requiredWithoutValue(Command.ColumnDef column) {
        boolean notNull = column.notNull().orElse(false)
                || column.inline().stream().anyMatch(c -> c.kind() == ConstraintKind.PRIMARY_KEY);
        return notNull && column.defaultValue().isEmpty() && column.generated().isEmpty() && !column.identity()
                && !SERIAL_TYPES.contains(column.type().name());
    }

    private static void report(StatementContext context, Table table, Command.ColumnDef column) {
        String message = "adding NOT NULL column \"" + column.name().name() + "\" without a default to "
                + LockedTable.describe(table) + " (under an ACCESS EXCLUSIVE lock) fails with 23502 (column contains "
                + "null values) as soon as the table has a row";
        String fix = "add the column with a default, or add it nullable, fill it, then SET NOT NULL in a later "
                + "migration (see set-not-null-without-check)";
        Optional<Long> rows = table.estimatedRows();
        // Against a live target, not-null-violation counts the rows themselves; an estimate would say it twice.
        if (rows.isPresent() && rows.get() > 0 && !context.rowsKnown(table.name())) {
            context.report(Severity.ERROR, column.name().span(), message + "; the target holds about " + rows.get()
                    + " rows", fix);
        } else {
            context.report(column.name().span(), message, fix);
        }
    }
}
