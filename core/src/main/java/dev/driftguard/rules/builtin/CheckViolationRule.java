package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.Constraint;
import dev.driftguard.catalog.ConstraintKind;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Against a live target: a check constraint added without {@code NOT VALID}, or validated, that existing rows
 * break. PostgreSQL evaluates it on every row ({@code validateCheckConstraint} in {@code tablecmds.c}) and fails with
 * 23514 "check constraint ... is violated by some row"; a row where the expression is NULL passes.
 */
@RuleInfo(id = "check-violation", severity = Severity.ERROR,
        summary = "ADD CHECK or VALIDATE CONSTRAINT on a live target whose rows break the check")
public final class CheckViolationRule implements Rule {

    private static final String CHECK_VIOLATION = "23514";

    @Override
    public void checkStatement(StatementContext context) {
        if (!(context.statement().command() instanceof Command.AlterTable alter)) {
            return;
        }
        Optional<Table> found = context.catalog().resolveTable(alter.table().schema(), alter.table().name())
                .filter(t -> context.rowsKnown(t.name()));
        if (found.isEmpty()) {
            return;
        }
        Table table = found.get();
        for (AlterAction action : alter.actions()) {
            Set<String> changed = TargetRows.changedBefore(alter.actions(), action);
            if (action instanceof AlterAction.AddConstraint add && add.constraint().kind() == ConstraintKind.CHECK
                    && !add.constraint().notValid() && add.constraint().check().isPresent()) {
                Expr check = add.constraint().check().get();
                Set<String> columns = TargetRows.columnsOf(check);
                if (columns.stream().anyMatch(c -> changed.contains(c) || table.column(c).isEmpty())
                        || !TargetRows.safeToRun(context, check, table)) {
                    continue;
                }
                ask(context, table, TargetRows.text(context, check.span()), columns,
                        add.constraint().name().map(Ident::span).orElse(add.span()),
                        add.constraint().name().map(Ident::name));
                return;
            } else if (action instanceof AlterAction.ValidateConstraint validate) {
                Optional<Constraint> constraint = context.catalog().constraintsOf(table.name()).stream()
                        .filter(c -> c.name().equals(validate.name().name()) && c.kind() == ConstraintKind.CHECK
                                && !c.validated() && c.definition().isPresent())
                        .findFirst();
                Optional<String> expression = constraint.flatMap(c -> checkExpression(c.definition().get()));
                if (expression.isPresent()) {
                    // The definition comes from the target's own pg_get_constraintdef (or the migration that added
                    // it NOT VALID): it is what the server will evaluate.
                    ask(context, table, expression.get(), Set.of(), validate.name().span(),
                            Optional.of(validate.name().name()));
                    return;
                }
            }
        }
    }

    /** {@code CHECK ((price > 0)) NOT VALID} as {@code pg_get_constraintdef} prints it, or the bare expression. */
    private static Optional<String> checkExpression(String definition) {
        String text = definition.strip();
        if (text.regionMatches(true, 0, "CHECK", 0, 5)) {
            text = text.substring(5).strip();
        }
        text = text.replaceFirst("(?i)\\s+NOT\\s+VALID$", "");
        if (text.isEmpty() || text.toUpperCase(java.util.Locale.ROOT).contains("SELECT")) {
            return Optional.empty();
        }
        return Optional.of("(" + text + ")");
    }

    private static void ask(StatementContext context, Table table, String expression, Set<String> columns, Span at,
                            Optional<String> name) {
        context.checkRows(RowCheck.onTable(table.name(), List.copyOf(columns),
                "SELECT " + TargetRows.rowKey(context, table) + " FROM " + RowCheck.quote(table.name())
                        + " WHERE NOT (" + expression + ")", "row", at,
                "check constraint " + name.map(n -> "\"" + n + "\" ").orElse("") + "of relation \""
                        + table.name().name() + "\" is violated by {n} of the target",
                "fix the rows first, or add the constraint NOT VALID (it then holds for new rows) and VALIDATE it "
                        + "after the clean-up", CHECK_VIOLATION));
    }
}
