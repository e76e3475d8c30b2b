package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.CatalogView;
import dev.driftguard.catalog.Constraint;
import dev.driftguard.catalog.ConstraintKind;
import dev.driftguard.catalog.Dependencies;
import dev.driftguard.catalog.QualifiedName;
import dev.driftguard.catalog.Table;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import dev.driftguard.sql.Ident;
import dev.driftguard.sql.Span;
import dev.driftguard.sql.SqlName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code DROP ... CASCADE}: PostgreSQL silently drops every object that depends on the dropped one (views, foreign
 * keys, defaults, whole tables for a schema), and what depends on it in production is not what depends on it in
 * development.
 */
@RuleInfo(id = "drop-cascade", severity = Severity.WARNING,
        summary = "DROP ... CASCADE silently drops every dependent object as well")
public final class DropCascadeRule implements Rule {

    @Override
    public void checkStatement(StatementContext context) {
        Command command = context.statement().command();
        Span whole = context.statement().span();
        Optional<String> what = command.accept(new CascadeDrop());
        what.ifPresent(kind -> context.report(whole,
                "DROP " + kind + " ... CASCADE also drops, without a word, every object that depends on it: views, "
                        + "foreign keys, column defaults and more, whatever the target holds, taking an ACCESS "
                        + "EXCLUSIVE lock on each" + named(dependents(context.catalog(), command)),
                "drop the dependent objects by name first, then drop without CASCADE so that PostgreSQL refuses if "
                        + "anything unexpected still depends on it"));
        if (command instanceof Command.AlterTable alter) {
            Optional<Table> table = context.catalog().resolveTable(alter.table().schema(), alter.table().name());
            for (AlterAction action : alter.actions()) {
                List<String> dependents = List.of();
                boolean cascade = false;
                if (action instanceof AlterAction.DropColumn d && d.cascade()) {
                    cascade = true;
                    dependents = table.filter(t -> t.column(d.column().name()).isPresent())
                            .map(t -> DependentObjectsRule.columnDependents(context.catalog(), t, d.column().name()))
                            .orElse(List.of());
                } else if (action instanceof AlterAction.DropConstraint c && c.cascade()) {
                    cascade = true;
                    dependents = table.map(t -> keyUsers(context.catalog(), t, c.name().name())).orElse(List.of());
                }
                if (cascade) {
                    context.report(action.span(),
                            "DROP ... CASCADE in ALTER TABLE \"" + alter.table().display() + "\" also drops every "
                                    + "view, index and constraint that depends on it, without a word"
                                    + named(dependents),
                            "drop the dependent objects by name first, then drop without CASCADE");
                }
            }
        }
    }

    /** The dependents replay knows of, as the message's last clause; nothing when it knows of none. */
    private static String named(List<String> dependents) {
        return dependents.isEmpty() ? ""
                : "; here that is " + DependentObjectsRule.listed(dependents)
                + " (in the target as the earlier migrations leave it)";
    }

    /** What the cascading drop takes along that the catalog knows of, described as PostgreSQL's DETAIL does. */
    private static List<String> dependents(CatalogView catalog, Command command) {
        List<String> dependents = new ArrayList<>();
        if (command instanceof Command.DropTable drop) {
            relations(catalog, drop.names(), dependents);
        } else if (command instanceof Command.DropView drop) {
            relations(catalog, drop.names(), dependents);
        } else if (command instanceof Command.DropType drop) {
            for (SqlName name : drop.names()) {
                catalog.resolveEnum(name.schema(), name.name()).ifPresent(e -> Dependencies.columnsOfType(catalog,
                        e.name()).forEach(c -> dependents.add(DependentObjectsRule.describe(c))));
            }
        } else if (command instanceof Command.DropSchema drop) {
            for (Ident name : drop.names()) {
                dependents.addAll(Dependencies.objectsIn(catalog.toCatalog(), name.name()));
            }
        } else if (command instanceof Command.DropExtension drop) {
            for (Ident name : drop.names()) {
                catalog.extension(name.name()).ifPresent(x -> {
                    Dependencies.columnsOfExtension(catalog, x)
                            .forEach(c -> dependents.add(DependentObjectsRule.describe(c)));
                    Dependencies.defaultsCallingExtension(catalog, x)
                            .forEach(c -> dependents.add("default value for " + DependentObjectsRule.describe(c)));
                });
            }
        } else if (command instanceof Command.DropSequence drop) {
            for (SqlName name : drop.names()) {
                catalog.resolveSequence(name.schema(), name.name()).ifPresent(q -> Dependencies
                        .defaultsUsing(catalog, q.name())
                        .forEach(c -> dependents.add("default value for " + DependentObjectsRule.describe(c))));
            }
        } else if (command instanceof Command.DropIndex drop) {
            for (SqlName name : drop.names()) {
                catalog.resolveIndex(name.schema(), name.name()).ifPresent(i -> Dependencies
                        .foreignKeysOn(catalog, i).forEach(fk -> dependents.add(foreignKey(fk))));
            }
        }
        return dependents;
    }

    private static void relations(CatalogView catalog, List<SqlName> names, List<String> into) {
        Set<QualifiedName> dropped = new LinkedHashSet<>();
        names.forEach(n -> catalog.resolveTable(n.schema(), n.name()).ifPresent(t -> dropped.add(t.name())));
        for (QualifiedName relation : dropped) {
            into.addAll(DependentObjectsRule.relationDependents(catalog, relation, dropped));
        }
    }

    /** The foreign keys that stand on the table's primary key or unique constraint of this name. */
    private static List<String> keyUsers(CatalogView catalog, Table table, String constraint) {
        return catalog.constraintsOf(table.name()).stream()
                .filter(c -> c.name().equals(constraint)
                        && (c.kind() == ConstraintKind.PRIMARY_KEY || c.kind() == ConstraintKind.UNIQUE))
                .findFirst()
                .map(key -> Dependencies.foreignKeysOn(catalog, Dependencies.indexOf(catalog, key)).stream()
                        .map(DropCascadeRule::foreignKey).toList())
                .orElse(List.of());
    }

    private static String foreignKey(Constraint fk) {
        return "constraint \"" + fk.name() + "\" on table \"" + fk.table().name() + "\"";
    }

    /** The kind of object a cascading {@code DROP} drops. */
    private static final class CascadeDrop extends CommandKinds<Optional<String>> {
        CascadeDrop() {
            super(Optional.empty());
        }

        @Override
        public Optional<String> visit(Command.DropTable c) {
            return c.cascade() ? Optional.of("TABLE") : Optional.empty();
        }

        @Override
        public Optional<String> visit(Command.DropIndex c) {
            return c.cascade() ? Optional.of("INDEX") : Optional.empty();
        }

        @Override
        public Optional<String> visit(Command.DropType c) {
            return c.cascade() ? Optional.of("TYPE") : Optional.empty();
        }

        @Override
        public Optional<String> visit(Command.DropSchema c) {
            return c.cascade() ? Optional.of("SCHEMA") : Optional.empty();
        }

        @Override
        public Optional<String> visit(Command.DropExtension c) {
            return c.cascade() ? Optional.of("EXTENSION") : Optional.empty();
        }

        @Override
        public Optional<String> visit(Command.DropFunction c) {
            return c.cascade() ? Optional.of(c.procedure() ? "PROCEDURE" : "FUNCTION") : Optional.empty();
        }

        @Override
        public Optional<String> visit(Command.DropView c) {
            return c.cascade() ? Optional.of(c.materialized() ? "MATERIALIZED VIEW" : "VIEW") : Optional.empty();
        }

        @Override
        public Optional<String> visit(Command.DropSequence c) {
            return c.cascade() ? Optional.of("SEQUENCE") : Optional.empty();
        }
    }
}
