package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.Constraint;
import dev.driftguard.catalog.ConstraintKind;
import dev.driftguard.catalog.Table;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import java.util.List;
import java.util.Locale;

/**
 * {@code ALTER COLUMN ... SET NOT NULL} scans the whole table under an ACCESS EXCLUSIVE lock, unless (PostgreSQL 12
 * and later) a validated {@code CHECK (col IS NOT NULL)} already proves it. A check validated earlier in the same
 * migration proves it too: the scan then happened in {@code VALIDATE}, under the lock {@code ADD CONSTRAINT} took,
 * and {@code constraint-without-not-valid} reports that statement.
 */
@RuleInfo(id = "set-not-null-without-check", severity = Severity.WARNING,
        summary = "SET NOT NULL scans an existing table under ACCESS EXCLUSIVE unless a validated CHECK proves it")
public final class SetNotNullWithoutCheckRule implements Rule {

    @Override
    public void checkStatement(StatementContext context) {
        if (!(context.statement().command() instanceof Command.AlterTable alter)) {
            return;
        }
        LockedTable.existing(context, alter.table()).ifPresent(table -> {
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.SetNotNull set
                        && !(context.targetMajor() >= 12 && provenNotNull(context, table, set.column().name()))) {
                    report(context, table, set);
                }
            }
        });
    }

    private static void report(StatementContext context, Table table, AlterAction.SetNotNull set) {
        String column = set.column().name();
        String fix = context.targetMajor() >= 12
                ? "in one migration ADD CONSTRAINT \"" + table.name().name() + "_" + column + "_not_null\" CHECK (\""
                        + column + "\" IS NOT NULL) NOT VALID; in a later one VALIDATE CONSTRAINT it (no ACCESS "
                        + "EXCLUSIVE lock during the scan), then SET NOT NULL and drop the check"
                : "before PostgreSQL 12 SET NOT NULL always scans; keep a validated CHECK (\"" + column
                        + "\" IS NOT NULL) NOT VALID constraint instead, or run it in a maintenance window";
        LockedTable.report(context, table, set.span(),
                "SET NOT NULL on \"" + column + "\" takes an ACCESS EXCLUSIVE lock on " + LockedTable.describe(table)
                        + " and scans every row to check it: every query on it waits until the scan ends", fix);
    }

    private static boolean provenNotNull(StatementContext context, Table table, String column) {
        List<Constraint> constraints = context.catalog().constraintsOf(table.name());
        String wanted = (column + " IS NOT NULL").toLowerCase(Locale.ROOT);
        return constraints.stream().anyMatch(c -> c.kind() == ConstraintKind.CHECK && c.validated()
                && c.definition().map(SetNotNullWithoutCheckRule::normalise).filter(wanted::equals).isPresent());
    }

    /** {@code CHECK (("email" IS NOT NULL))} and {@code "email" IS NOT NULL} both become {@code email is not null}. */
    private static String normalise(String definition) {
        String text = definition.replaceAll("[()\"]", " ").replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
        text = text.startsWith("check ") ? text.substring("check ".length()) : text;
        return text.endsWith(" not valid") ? text.substring(0, text.length() - " not valid".length()) : text;
    }
}
