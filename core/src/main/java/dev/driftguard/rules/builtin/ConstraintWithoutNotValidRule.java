package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.ConstraintKind;
import dev.driftguard.catalog.Table;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;

/**
 * A foreign key or check constraint added to an existing table without {@code NOT VALID}: PostgreSQL checks every
 * row while holding a lock that blocks writes. Also {@code VALIDATE CONSTRAINT} in the same migration that added
 * the constraint {@code NOT VALID}: the migration is one transaction, so the lock {@code ADD CONSTRAINT} took is
 * still held while {@code VALIDATE} scans, and {@code NOT VALID} gained nothing.
 */
@RuleInfo(id = "constraint-without-not-valid", severity = Severity.WARNING,
        summary = "A foreign key or check added to an existing table without NOT VALID checks every row under a lock")
public final class ConstraintWithoutNotValidRule implements Rule {

    private static final String FIX = "add it NOT VALID, then run ALTER TABLE ... VALIDATE CONSTRAINT in a later "
            + "migration (validation takes only a SHARE UPDATE EXCLUSIVE lock, which lets reads and writes go on)";

    @Override
    public void checkStatement(StatementContext context) {
        if (!(context.statement().command() instanceof Command.AlterTable alter)) {
            return;
        }
        LockedTable.existing(context, alter.table()).ifPresent(table -> {
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.AddConstraint add && !add.constraint().notValid()) {
                    checkAdded(context, table, add.constraint());
                } else if (action instanceof AlterAction.ValidateConstraint validate
                        && addedNotValidInThisMigration(context, validate.name().name())) {
                    LockedTable.report(context, table, validate.name().span(),
                            "VALIDATE CONSTRAINT \"" + validate.name().name() + "\" runs in the same transaction as "
                                    + "the ADD CONSTRAINT ... NOT VALID before it, whose lock on "
                                    + LockedTable.describe(table) + " is held until the migration commits: the scan "
                                    + "blocks writes as if NOT VALID had not been written",
                            "move VALIDATE CONSTRAINT to a later migration");
                }
            }
        });
    }

    private static void checkAdded(StatementContext context, Table table, Command.ConstraintDef constraint) {
        if (constraint.kind() == ConstraintKind.FOREIGN_KEY && constraint.references().isPresent()) {
            String referenced = constraint.references().get().table().display();
            LockedTable.report(context, table, constraint.span(),
                    "adding foreign key" + name(constraint) + " takes a SHARE ROW EXCLUSIVE lock on "
                            + LockedTable.describe(table) + " and on \"" + referenced + "\" and checks every row: "
                            + "writes to both tables wait until the check ends", FIX);
        } else if (constraint.kind() == ConstraintKind.CHECK) {
            LockedTable.report(context, table, constraint.span(),
                    "adding check constraint" + name(constraint) + " takes an ACCESS EXCLUSIVE lock on "
                            + LockedTable.describe(table) + " and checks every row: every query on it waits until "
                            + "the check ends", FIX);
        }
    }

    private static String name(Command.ConstraintDef constraint) {
        return constraint.name().map(n -> " \"" + n.name() + "\"").orElse("");
    }

    private static boolean addedNotValidInThisMigration(StatementContext context, String constraint) {
        return EarlierStatements.inTransaction(context).stream()
                .filter(Command.AlterTable.class::isInstance)
                .flatMap(c -> ((Command.AlterTable) c).actions().stream())
                .filter(AlterAction.AddConstraint.class::isInstance)
                .map(a -> ((AlterAction.AddConstraint) a).constraint())
                .anyMatch(def -> def.notValid() && def.name().filter(n -> n.name().equals(constraint)).isPresent());
    }
}
