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
 * A primary key or unique constraint added to an existing table without {@code USING INDEX}: PostgreSQL builds its
 * index while holding an ACCESS EXCLUSIVE lock, where {@code CREATE UNIQUE INDEX CONCURRENTLY} would not block.
 */
@RuleInfo(id = "unique-constraint-without-index", severity = Severity.WARNING,
        summary = "A primary key or unique constraint added to an existing table builds its index under ACCESS EXCLUSIVE")
public final class UniqueConstraintWithoutIndexRule implements Rule {

    @Override
    public void checkStatement(StatementContext context) {
        if (!(context.statement().command() instanceof Command.AlterTable alter)) {
            return;
        }
        LockedTable.existing(context, alter.table()).ifPresent(table -> {
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.AddConstraint add) {
                    check(context, table, add.constraint());
                } else if (action instanceof AlterAction.AddColumn add) {
                    add.column().inline().forEach(c -> check(context, table, c));
                }
            }
        });
    }

    private static void check(StatementContext context, Table table, Command.ConstraintDef constraint) {
        boolean indexed = constraint.kind() == ConstraintKind.PRIMARY_KEY || constraint.kind() == ConstraintKind.UNIQUE;
        if (!indexed || constraint.usingIndex().isPresent()) {
            return;
        }
        String kind = constraint.kind() == ConstraintKind.PRIMARY_KEY ? "PRIMARY KEY" : "UNIQUE";
        LockedTable.report(context, table, constraint.span(),
                "adding a " + kind + " constraint" + constraint.name().map(n -> " \"" + n.name() + "\"").orElse("")
                        + " builds its index under an ACCESS EXCLUSIVE lock on " + LockedTable.describe(table)
                        + ": every query on it waits until the index is built",
                "CREATE UNIQUE INDEX CONCURRENTLY first (alone in its own migration), then ADD CONSTRAINT ... " + kind
                        + " USING INDEX, which only attaches it");
    }
}
