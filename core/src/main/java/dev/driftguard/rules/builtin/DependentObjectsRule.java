package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.Catalog;
import dev.driftguard.catalog.CatalogView;
import dev.driftguard.catalog.Column;
import dev.driftguard.catalog.Constraint;
import dev.driftguard.catalog.ConstraintKind;
import dev.driftguard.catalog.Dependencies;
import dev.driftguard.catalog.Dependencies.TableColumn;
import dev.driftguard.catalog.EnumType;
import dev.driftguard.catalog.Extension;
import dev.driftguard.catalog.Index;
import dev.driftguard.catalog.PolicyDependency;
import dev.driftguard.catalog.QualifiedName;
import dev.driftguard.catalog.Sequence;
import dev.driftguard.catalog.Table;
import dev.driftguard.catalog.ViewDependency;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import dev.driftguard.sql.Expr;
import dev.driftguard.sql.Ident;
import dev.driftguard.sql.SqlFrontEnd;
import dev.driftguard.sql.SqlName;
import dev.driftguard.sql.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A drop, or a column type change, that other objects stand on, without {@code CASCADE}. PostgreSQL looks the
 * dependents up in {@code pg_depend} ({@code reportDependentObjects} in {@code dependency.c}) and refuses with 2BP01
 * "cannot drop ... because other objects depend on it": a view reading a table or column, a foreign key of another
 * table referencing it, or standing on the primary or unique key being dropped, a column whose type is the dropped
 * type or one the dropped extension created, a column default drawing from the dropped sequence, anything in the
 * dropped schema, a row-level security policy reading a column or another table. Changing the type of a column a
 * view or a policy reads is refused with 0A000 ({@code ATExecAlterColumnType}). The index of a primary key, unique
 * or exclusion constraint cannot be dropped apart from it, CASCADE or not. Views created by pending migrations count
 * as much as the target's own.
 */
@RuleInfo(id = "dependent-objects", severity = Severity.ERROR,
        summary = "DROP TABLE, COLUMN, CONSTRAINT, VIEW, TYPE, SEQUENCE, SCHEMA or EXTENSION, or ALTER COLUMN ... "
                + "TYPE, of something other objects depend on (views, policies, foreign keys, columns, defaults, a "
                + "schema's contents), without CASCADE; DROP INDEX of a constraint's index or of a unique index a "
                + "foreign key references")
public final class DependentObjectsRule implements Rule {

    private static final String DEPENDENT_OBJECTS_STILL_EXIST = "2BP01";
    private static final String FEATURE_NOT_SUPPORTED = "0A000";
    /** {@code (1536)} of {@code vector(1536)}: the column depends on the type, whatever its modifier. */
    private static final Pattern TYPE_MODIFIER = Pattern.compile("\\([^()\"]*\\)(?=(\\[])*$)");

    @Override
    public void checkStatement(StatementContext context) {
        if (context.inDoBlock()) {
            return;
        }
        CatalogView catalog = context.catalog();
        Command command = context.statement().command();
        if (command instanceof Command.DropTable drop && !drop.cascade()) {
            checkRelations(context, drop.names(), drop.ifExists(), RelationNamespace.Kind.TABLE);
        } else if (command instanceof Command.DropView drop && !drop.cascade()) {
            checkRelations(context, drop.names(), drop.ifExists(),
                    drop.materialized() ? RelationNamespace.Kind.MATERIALIZED_VIEW : RelationNamespace.Kind.VIEW);
        } else if (command instanceof Command.DropType drop && !drop.cascade()) {
            for (SqlName name : drop.names()) {
                Optional<EnumType> type = catalog.resolveEnum(name.schema(), name.name());
                if (type.isPresent()) {
                    List<String> users = columnsOfType(catalog, type.get().name());
                    if (!users.isEmpty()) {
                        report(context, name.span(), "type \"" + type.get().name().name() + "\"", users);
                        return;
                    }
                }
            }
        } else if (command instanceof Command.DropIndex drop) {
            checkDropIndex(context, drop);
        } else if (command instanceof Command.DropSequence drop && !drop.cascade()) {
            checkDropSequence(context, drop);
        } else if (command instanceof Command.DropSchema drop && !drop.cascade()) {
            checkDropSchema(context, drop);
        } else if (command instanceof Command.DropExtension drop && !drop.cascade()) {
            checkDropExtension(context, drop);
        } else if (command instanceof Command.AlterTable alter) {
            catalog.resolveTable(alter.table().schema(), alter.table().name())
                    .ifPresent(t -> checkAlter(context, alter, t));
        }
    }

    /**
     * What depends on a relation from outside the objects dropped with it: views reading it, other tables' policies
     * reading it and foreign keys referencing it, each described as PostgreSQL's DETAIL names it.
     */
    static List<String> relationDependents(CatalogView catalog, QualifiedName relation, Set<QualifiedName> dropped) {
        List<String> dependents = new ArrayList<>();
        views(catalog, relation, Optional.empty()).stream()
                .filter(v -> !dropped.contains(v))
                .forEach(v -> dependents.add("view \"" + v.name() + "\""));
        policies(catalog, relation, Optional.empty()).stream()
                .filter(p -> !dropped.contains(p.table()))
                .forEach(p -> dependents.add(p.describe()));
        for (Constraint fk : foreignKeysTo(catalog, relation)) {
            if (!dropped.contains(fk.table())) {
                dependents.add("constraint \"" + fk.name() + "\" on table \"" + fk.table().name() + "\"");
            }
        }
        return dependents;
    }

    /**
     * What depends on a column beyond what PostgreSQL drops with it silently (its indexes and its table's
     * constraints on it): views, generated columns and policies reading it, foreign keys of other tables
     * referencing it.
     */
    static List<String> columnDependents(CatalogView catalog, Table table, String column) {
        List<String> dependents = new ArrayList<>();
        views(catalog, table.name(), Optional.of(column))
                .forEach(v -> dependents.add("view \"" + v.name() + "\""));
        generatedFrom(table, column).forEach(g -> dependents.add("column " + g + " of table \""
                + table.name().name() + "\""));
        policies(catalog, table.name(), Optional.of(column))
                .forEach(p -> dependents.add(p.describe()));
        for (Constraint fk : foreignKeysTo(catalog, table.name())) {
            // A key of the table's own that references the column through its own columns goes with it.
            boolean ownColumn = fk.table().equals(table.name()) && fk.columns().contains(column);
            if (fk.referencedColumns().contains(column) && !ownColumn) {
                dependents.add("constraint \"" + fk.name() + "\" on table \"" + fk.table().name() + "\"");
            }
        }
        return dependents;
    }

    /**
     * PostgreSQL looks every name up, and refuses a relation of the wrong kind (wrong-object-kind), before it asks
     * what depends on them.
     */
    private static void checkRelations(StatementContext context, List<SqlName> names, boolean ifExists,
                                       RelationNamespace.Kind kind) {
        if (RelationNamespace.wrongKindDropped(context.catalog(), names, ifExists, kind).isPresent()) {
            return;
        }
        Set<QualifiedName> dropped = new LinkedHashSet<>();
        List<Table> tables = new ArrayList<>();
        for (SqlName name : names) {
            context.catalog().resolveTable(name.schema(), name.name()).ifPresent(t -> {
                dropped.add(t.name());
                tables.add(t);
            });
        }
        for (SqlName name : names) {
            Optional<Table> table = context.catalog().resolveTable(name.schema(), name.name());
            if (table.isEmpty()) {
                continue;
            }
            List<String> dependents = relationDependents(context.catalog(), table.get().name(), dropped);
            if (!dependents.isEmpty()) {
                report(context, name.span(), kind.noun() + " \"" + table.get().name().name() + "\"", dependents);
                return;
            }
        }
    }

    /**
     * The index of a primary key, unique or exclusion constraint belongs to the constraint: PostgreSQL refuses to drop
     * it alone even with {@code CASCADE} ({@code findDependentObjects}: "... requires it").
     */
    private static void checkDropIndex(StatementContext context, Command.DropIndex drop) {
        for (SqlName name : drop.names()) {
            Optional<Index> index = context.catalog().resolveIndex(name.schema(), name.name());
            Optional<Constraint> owner = index.flatMap(i -> Dependencies.constraintOwning(context.catalog(), i));
            if (owner.isPresent()) {
                String table = owner.get().table().name();
                context.reportFailure(name.span(), "cannot drop index \"" + index.get().name().name()
                                + "\" because constraint \"" + owner.get().name() + "\" on table \"" + table
                                + "\" requires it",
                        "drop the constraint instead, which drops its index with it: ALTER TABLE \""
                                + owner.get().table().display() + "\" DROP CONSTRAINT \"" + owner.get().name()
                                + "\" (CASCADE does not help: the index is part of the constraint)",
                        DEPENDENT_OBJECTS_STILL_EXIST);
                return;
            }
            if (index.isPresent() && !drop.cascade()) {
                List<Constraint> foreignKeys = Dependencies.foreignKeysOn(context.catalog(), index.get());
                if (!foreignKeys.isEmpty()) {
                    reportKeyInUse(context, name.span(), "index \"" + index.get().name().name() + "\"", index.get(),
                            foreignKeys);
                    return;
                }
            }
        }
    }

    /** Whatever a schema holds depends on it. */
    private static void checkDropSchema(StatementContext context, Command.DropSchema drop) {
        Catalog catalog = context.catalog().toCatalog();
        for (Ident name : drop.names()) {
            List<String> contents = Dependencies.objectsIn(catalog, name.name());
            if (!contents.isEmpty()) {
                String schema = "schema \"" + name.name() + "\"";
                context.reportFailure(name.span(), "cannot drop " + schema + " because other objects depend on it: "
                                + listed(contents.stream().map(o -> o + " depends on " + schema).toList()),
                        "drop what it holds first, in this migration, or add CASCADE, which drops " + listed(contents)
                                + " with it, and whatever depends on them elsewhere (see drop-cascade)",
                        DEPENDENT_OBJECTS_STILL_EXIST);
                return;
            }
        }
    }

    /** A column whose type the extension created depends on that type, which belongs to the extension. */
    private static void checkDropExtension(StatementContext context, Command.DropExtension drop) {
        for (Ident name : drop.names()) {
            Optional<Extension> extension = context.catalog().extension(name.name());
            if (extension.isEmpty()) {
                continue;
            }
            List<TableColumn> users = Dependencies.columnsOfExtension(context.catalog(), extension.get());
            List<TableColumn> defaults = Dependencies.defaultsCallingExtension(context.catalog(), extension.get());
            if (users.isEmpty() && !defaults.isEmpty()) {
                List<String> described = defaults.stream().map(d -> "default value for " + describe(d)).toList();
                TableColumn first = defaults.get(0);
                context.reportFailure(name.span(), "cannot drop extension \"" + name.name() + "\" because other "
                                + "objects depend on it: " + listed(described.stream()
                                .map(d -> d + " depends on a function of extension \"" + name.name() + "\"").toList()),
                        "give the column" + (defaults.size() > 1 ? "s" : "") + " another default first, in this "
                                + "migration (ALTER TABLE \"" + first.table().display() + "\" ALTER COLUMN \""
                                + first.column() + "\" SET DEFAULT gen_random_uuid()" + (defaults.size() > 1 ? ", ..."
                                : "") + " for a uuid), or add CASCADE, which drops the " + listed(described)
                                + " with it (the column" + (defaults.size() > 1 ? "s stay)" : " stays)"),
                        DEPENDENT_OBJECTS_STILL_EXIST);
                return;
            }
            if (!users.isEmpty()) {
                List<String> columns = users.stream().map(DependentObjectsRule::describe).toList();
                List<String> typed = users.stream().map(u -> describe(u) + " depends on type " + context.catalog()
                        .table(u.table()).flatMap(t -> t.column(u.column()))
                        .map(c -> TYPE_MODIFIER.matcher(c.type()).replaceFirst("")).orElse("")).toList();
                TableColumn first = users.get(0);
                context.reportFailure(name.span(), "cannot drop extension \"" + name.name() + "\" because other "
                                + "objects depend on it: " + listed(typed),
                        "change the type of the column" + (users.size() > 1 ? "s" : "") + " or drop "
                                + (users.size() > 1 ? "them" : "it") + " first, in this migration (ALTER TABLE \""
                                + first.table().display() + "\" DROP COLUMN \"" + first.column() + "\"" + (users.size()
                                > 1 ? ", ..." : "") + "), or add CASCADE, which drops " + listed(columns) + " with it, "
                                + "data and all (see drop-cascade)", DEPENDENT_OBJECTS_STILL_EXIST);
                return;
            }
        }
    }

    /** A column default that calls {@code nextval} on the sequence depends on it. */
    private static void checkDropSequence(StatementContext context, Command.DropSequence drop) {
        for (SqlName name : drop.names()) {
            Optional<Sequence> sequence = context.catalog().resolveSequence(name.schema(), name.name());
            if (sequence.isEmpty()) {
                continue;
            }
            List<TableColumn> users = Dependencies.defaultsUsing(context.catalog(), sequence.get().name());
            if (!users.isEmpty()) {
                String seq = "sequence \"" + sequence.get().name().name() + "\"";
                List<String> defaults = users.stream().map(u -> "default value for " + describe(u)).toList();
                TableColumn first = users.get(0);
                context.reportFailure(name.span(), "cannot drop " + seq + " because other objects depend on it: "
                                + listed(defaults.stream().map(d -> d + " depends on " + seq).toList()),
                        "drop the default first, in this migration (ALTER TABLE \"" + first.table().display()
                                + "\" ALTER COLUMN \"" + first.column() + "\" DROP DEFAULT" + (users.size() > 1
                                ? ", ..." : "") + "), or add CASCADE, which drops the " + listed(defaults)
                                + " with it (the column" + (users.size() > 1 ? "s stay)" : " stays)"),
                        DEPENDENT_OBJECTS_STILL_EXIST);
                return;
            }
        }
    }

    private static void checkAlter(StatementContext context, Command.AlterTable alter, Table table) {
        Set<String> constraintsDropped = new HashSet<>();
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.DropConstraint drop) {
                if (!drop.cascade() && checkDropKey(context, table, drop, constraintsDropped)) {
                    return;
                }
                constraintsDropped.add(drop.name().name());
            } else if (action instanceof AlterAction.DropColumn drop && !drop.cascade()
                    && table.column(drop.column().name()).isPresent()) {
                String column = drop.column().name();
                List<String> dependents = columnDependents(context.catalog(), table, column);
                if (!dependents.isEmpty()) {
                    report(context, drop.column().span(), "column \"" + column + "\" of table \""
                            + table.name().name() + "\"", dependents);
                    return;
                }
            } else if (action instanceof AlterAction.AlterColumnType change) {
                List<String> generated = generatedFrom(table, change.column().name());
                if (!generated.isEmpty()) {
                    context.reportFailure(change.column().span(), "cannot alter type of a column used by a generated "
                                    + "column: column \"" + generated.get(0) + "\" is generated from \""
                                    + change.column().name() + "\"",
                            "drop the generated column first, change the type, then add it again",
                            FEATURE_NOT_SUPPORTED);
                    return;
                }
                List<Policy> policies = policies(context.catalog(), table.name(),
                        Optional.of(change.column().name()));
                if (!policies.isEmpty()) {
                    context.reportFailure(change.column().span(), "cannot alter type of a column used in a policy "
                                    + "definition: " + policies.get(0).describe() + " depends on column \""
                                    + change.column().name() + "\"",
                            "drop the policy first (DROP POLICY \"" + policies.get(0).name() + "\" ON \""
                                    + policies.get(0).table().name() + "\"), change the type, then create the policy "
                                    + "again in the same migration", FEATURE_NOT_SUPPORTED);
                    return;
                }
                List<QualifiedName> readers = views(context.catalog(), table.name(),
                        Optional.of(change.column().name()));
                if (!readers.isEmpty()) {
                    context.reportFailure(change.column().span(), "cannot alter type of a column used by a view or "
                                    + "rule: view \"" + readers.get(0).name() + "\" reads column \""
                                    + change.column().name() + "\"",
                            "drop the view first (DROP VIEW \"" + readers.get(0).name() + "\"), change the type, then "
                                    + "create the view again in the same migration", FEATURE_NOT_SUPPORTED);
                    return;
                }
            }
        }
    }

    /**
     * A primary key or unique constraint that foreign keys reference: they depend on its index. Foreign keys of the
     * same table dropped earlier in the statement are gone by then.
     */
    private static boolean checkDropKey(StatementContext context, Table table, AlterAction.DropConstraint drop,
                                        Set<String> droppedBefore) {
        Optional<Constraint> key = context.catalog().constraintsOf(table.name()).stream()
                .filter(c -> c.name().equals(drop.name().name()))
                .filter(c -> c.kind() == ConstraintKind.PRIMARY_KEY || c.kind() == ConstraintKind.UNIQUE)
                .findFirst();
        if (key.isEmpty()) {
            return false;
        }
        Index index = Dependencies.indexOf(context.catalog(), key.get());
        List<Constraint> foreignKeys = Dependencies.foreignKeysOn(context.catalog(), index).stream()
                .filter(fk -> !(fk.table().equals(table.name()) && droppedBefore.contains(fk.name())))
                .toList();
        if (foreignKeys.isEmpty()) {
            return false;
        }
        reportKeyInUse(context, drop.name().span(), "constraint \"" + key.get().name() + "\" on table \""
                + table.name().name() + "\"", index, foreignKeys);
        return true;
    }

    /** Foreign keys stand on the key index {@code index}, which {@code what} drops. */
    private static void reportKeyInUse(StatementContext context, Span at, String what, Index index,
                                       List<Constraint> foreignKeys) {
        List<String> dependents = foreignKeys.stream().map(DependentObjectsRule::describe).toList();
        Constraint first = foreignKeys.get(0);
        context.reportFailure(at, "cannot drop " + what + " because other objects depend on it: "
                        + listed(dependents.stream().map(d -> d + " depends on index \"" + index.name().name() + "\"")
                        .toList()),
                "drop the foreign key" + (foreignKeys.size() > 1 ? "s" : "") + " first, in this migration (ALTER "
                        + "TABLE \"" + first.table().display() + "\" DROP CONSTRAINT \"" + first.name() + "\""
                        + (foreignKeys.size() > 1 ? ", ..." : "") + "), or add CASCADE, which drops "
                        + listed(dependents) + " with it (see drop-cascade)",
                DEPENDENT_OBJECTS_STILL_EXIST);
    }

    private static String describe(Constraint constraint) {
        return "constraint \"" + constraint.name() + "\" on table \"" + constraint.table().name() + "\"";
    }

    /** Generated columns of the table whose expression reads {@code column} (other than the column itself). */
    private static List<String> generatedFrom(Table table, String column) {
        List<String> generated = new ArrayList<>();
        for (Column c : table.columns()) {
            if (!c.name().equals(column) && c.generatedExpr().isPresent()) {
                Optional<Expr> expr = SqlFrontEnd.expression(c.generatedExpr().get());
                if (expr.isPresent() && reads(expr.get(), column)) {
                    generated.add(c.name());
                }
            }
        }
        return generated;
    }

    private static boolean reads(Expr e, String column) {
        if (e instanceof Expr.ColumnRef ref && ref.column().equals(column)) {
            return true;
        }
        return e.children().stream().anyMatch(c -> reads(c, column));
    }

    /** Views reading the relation (or the column), in the order they were recorded, each once. */
    private static List<QualifiedName> views(CatalogView catalog, QualifiedName relation, Optional<String> column) {
        Set<QualifiedName> views = new LinkedHashSet<>();
        for (ViewDependency d : catalog.viewsReading(relation)) {
            if ((column.isEmpty() || d.column().equals(column)) && catalog.table(d.view()).isPresent()) {
                views.add(d.view());
            }
        }
        return List.copyOf(views);
    }

    /** A row-level security policy, by its table and name. */
    private record Policy(QualifiedName table, String name) {
        String describe() {
            return "policy " + name + " on table \"" + table.name() + "\"";
        }
    }

    /**
     * Policies reading the relation (or the column), each once. For a whole relation, its own policies are left out:
     * they go with it.
     */
    private static List<Policy> policies(CatalogView catalog, QualifiedName relation, Optional<String> column) {
        Set<Policy> policies = new LinkedHashSet<>();
        for (PolicyDependency d : catalog.policiesReading(relation)) {
            boolean reads = column.isPresent() ? d.column().equals(column) : !d.table().equals(relation);
            if (reads) {
                policies.add(new Policy(d.table(), d.policy()));
            }
        }
        return List.copyOf(policies);
    }

    private static List<Constraint> foreignKeysTo(CatalogView catalog, QualifiedName table) {
        return catalog.foreignKeysReferencing(table);
    }

    /** Columns whose type is {@code type}, as {@code column x of table "t"}. */
    private static List<String> columnsOfType(CatalogView catalog, QualifiedName type) {
        return Dependencies.columnsOfType(catalog, type).stream().map(DependentObjectsRule::describe).toList();
    }

    static String describe(TableColumn column) {
        return "column " + column.column() + " of table \"" + column.table().name() + "\"";
    }

    /** The first three, and how many more. */
    static String listed(List<String> dependents) {
        return String.join(", ", dependents.subList(0, Math.min(3, dependents.size())))
                + (dependents.size() > 3 ? " and " + (dependents.size() - 3) + " more" : "");
    }

    private static void report(StatementContext context, Span at, String what, List<String> dependents) {
        context.reportFailure(at, "cannot drop " + what + " because other objects depend on it: " + listed(dependents),
                "drop or change the dependents first, in this migration, or add CASCADE if they are meant to go "
                        + "too (see drop-cascade)", DEPENDENT_OBJECTS_STILL_EXIST);
    }
}
