package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.Column;
import dev.driftguard.catalog.Table;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import dev.driftguard.volatility.TypeCoercions;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ALTER COLUMN ... TYPE} converts the column's values, and its default, with an assignment cast
 * ({@code ATPrepAlterColumnType} and {@code ATExecAlterColumnType} in {@code tablecmds.c}). Without {@code USING},
 * PostgreSQL refuses a change no assignment cast of the target major makes (text to integer, text to an enum, one
 * enum to another); with {@code USING}, a default that stays on the column must still convert. A default dropped
 * earlier in the same statement is gone by then (PostgreSQL drops defaults in an earlier pass).
 */
@RuleInfo(id = "column-type-without-cast", severity = Severity.ERROR,
        summary = "ALTER COLUMN ... TYPE to a type that the column, or its default, cannot be cast to automatically")
public final class ColumnTypeWithoutCastRule implements Rule {

    private static final String DATATYPE_MISMATCH = "42804";

    @Override
    public void checkStatement(StatementContext context) {
        if (context.inDoBlock() || !(context.statement().command() instanceof Command.AlterTable alter)) {
            return;
        }
        Optional<Table> table = context.catalog().resolveTable(alter.table().schema(), alter.table().name());
        if (table.isEmpty()) {
            return;
        }
        Set<String> defaultsDropped = new HashSet<>();
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.DropDefault drop) {
                defaultsDropped.add(drop.column().name());
            }
        }
        TypeCoercions coercions = new TypeCoercions(context.catalog(), context.targetMajor());
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.AlterColumnType change) {
                Optional<Column> column = table.get().column(change.column().name());
                if (column.isPresent() && check(context, coercions, column.get(), change,
                        defaultsDropped.contains(column.get().name()))) {
                    return;
                }
            }
        }
    }

    private static boolean check(StatementContext context, TypeCoercions coercions, Column column,
                                 AlterAction.AlterColumnType change, boolean defaultDropped) {
        Optional<String> from = coercions.resolve(column.type());
        Optional<String> to = coercions.resolve(change.type().formatted());
        if (from.isEmpty() || to.isEmpty() || coercions.assignment(from.get(), to.get())) {
            return false;
        }
        String target = change.type().formatted();
        if (change.using().isEmpty()) {
            context.reportFailure(change.type().span(),
                    "column \"" + column.name() + "\" cannot be cast automatically to type " + target
                            + ": PostgreSQL has no assignment cast from " + from.get(),
                    "add USING \"" + column.name() + "\"::" + target + " (or an expression that converts each value)",
                    DATATYPE_MISMATCH);
            return true;
        }
        if (column.defaultExpr().isPresent() && !defaultDropped) {
            context.reportFailure(change.type().span(),
                    "default for column \"" + column.name() + "\" cannot be cast automatically to type " + target,
                    "drop the default first (ALTER COLUMN \"" + column.name() + "\" DROP DEFAULT), change the type, "
                            + "then set a default of the new type, as Prisma does", DATATYPE_MISMATCH);
            return true;
        }
        return false;
    }
}
