package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.Constraint;
import dev.driftguard.catalog.Table;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import dev.driftguard.sql.Ident;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** {@code DROP CONSTRAINT}, {@code VALIDATE CONSTRAINT} or {@code RENAME CONSTRAINT} of a constraint not there. */
@RuleInfo(id = "missing-constraint", severity = Severity.ERROR,
        summary = "ALTER TABLE drops, validates or renames a constraint the table does not have at that point")
public final class MissingConstraintRule implements Rule {

    private static final String UNDEFINED_OBJECT = "42704";

    @Override
    public void checkStatement(StatementContext context) {
        if (context.inDoBlock() || !(context.statement().command() instanceof Command.AlterTable alter)) {
            return;
        }
        Optional<Table> table = context.catalog().resolveTable(alter.table().schema(), alter.table().name());
        if (table.isEmpty()) {
            return;
        }
        Set<String> names = new HashSet<>();
        context.catalog().constraintsOf(table.get().name()).stream().map(Constraint::name).forEach(names::add);
        for (AlterAction action : alter.actions()) {
            Optional<Ident> missing = Optional.empty();
            if (action instanceof AlterAction.AddConstraint a) {
                // An unnamed constraint gets a generated name nobody can refer to within the same statement.
                a.constraint().name().ifPresent(n -> names.add(n.name()));
            } else if (action instanceof AlterAction.DropConstraint a) {
                if (!a.ifExists()) {
                    missing = absent(a.name(), names);
                }
                names.remove(a.name().name());
            } else if (action instanceof AlterAction.ValidateConstraint a) {
                missing = absent(a.name(), names);
            } else if (action instanceof AlterAction.RenameConstraint a) {
                missing = absent(a.from(), names);
            }
            if (missing.isPresent()) {
                Ident name = missing.get();
                context.reportFailure(name.span(),
                        "constraint \"" + name.name() + "\" of relation \"" + table.get().name().name()
                                + "\" does not exist: neither the target nor an earlier migration creates it on this "
                                + "table",
                        "correct the name (quoted names are case-sensitive; look it up in the target with \\d), or "
                                + "write DROP CONSTRAINT IF EXISTS when it may be absent",
                        UNDEFINED_OBJECT);
                return;
            }
        }
    }

    private static Optional<Ident> absent(Ident name, Set<String> names) {
        return names.contains(name.name()) ? Optional.empty() : Optional.of(name);
    }
}
