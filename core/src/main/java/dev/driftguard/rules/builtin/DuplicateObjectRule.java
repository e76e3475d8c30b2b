package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.CatalogView;
import dev.driftguard.catalog.ConstraintKind;
import dev.driftguard.catalog.EnumType;
import dev.driftguard.catalog.Index;
import dev.driftguard.catalog.QualifiedName;
import dev.driftguard.catalog.Table;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import dev.driftguard.sql.Ident;
import dev.driftguard.sql.SqlName;
import dev.driftguard.sql.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A statement creates (or renames something to) a name that is already taken, without {@code IF NOT EXISTS}.
 * Tables, views, indexes and sequences share one namespace per schema, and a primary key or unique constraint
 * creates an index of its own name, so a constraint can collide with a table.
 */
@RuleInfo(id = "duplicate-object", severity = Severity.ERROR,
        summary = "A statement creates a table, index, type, column, constraint, schema, extension or enum label "
                + "whose name is already taken")
public final class DuplicateObjectRule implements Rule {

    private static final String DUPLICATE_TABLE = "42P07";
    private static final String DUPLICATE_OBJECT = "42710";
    private static final String DUPLICATE_COLUMN = "42701";
    private static final String DUPLICATE_SCHEMA = "42P06";

    @Override
    public void checkStatement(StatementContext context) {
        if (context.inDoBlock()) {
            return;
        }
        CatalogView catalog = context.catalog();
        Command command = context.statement().command();
        if (command instanceof Command.CreateTable c && !c.ifNotExists()) {
            checkCreateTable(context, c);
        } else if (command instanceof Command.CreateIndex c && !c.ifNotExists() && c.name().isPresent()) {
            catalog.resolveTable(c.table().schema(), c.table().name()).ifPresent(t ->
                    checkRelation(context, QualifiedName.of(t.name().schema(), c.name().get().name()),
                            c.name().get().span()));
        } else if (command instanceof Command.CreateView c && !c.orReplace() && !c.ifNotExists()) {
            checkNewRelation(context, c.name());
        } else if (command instanceof Command.CreateSequence c && !c.ifNotExists()) {
            checkNewRelation(context, c.name());
        } else if (command instanceof Command.CreateEnumType c) {
            checkNewType(context, c.name());
        } else if (command instanceof Command.CreateOtherType c) {
            checkNewType(context, c.name());
        } else if (command instanceof Command.CreateDomain c) {
            checkNewType(context, c.name());
        } else if (command instanceof Command.CreateSchema c && !c.ifNotExists()
                && catalog.hasSchema(c.name().name())) {
            report(context, c.name().span(), "schema \"" + c.name().name() + "\" already exists", DUPLICATE_SCHEMA,
                    "write CREATE SCHEMA IF NOT EXISTS");
        } else if (command instanceof Command.CreateExtension c && !c.ifNotExists()
                && catalog.extension(c.name().name()).isPresent()) {
            report(context, c.name().span(), "extension \"" + c.name().name() + "\" already exists",
                    DUPLICATE_OBJECT, "write CREATE EXTENSION IF NOT EXISTS");
        } else if (command instanceof Command.AddEnumValue c && !c.ifNotExists()) {
            catalog.resolveEnum(c.type().schema(), c.type().name()).filter(e -> e.values().contains(c.value()))
                    .ifPresent(e -> report(context, c.valueSpan(), "enum label \"" + c.value() + "\" already exists",
                            DUPLICATE_OBJECT, "write ADD VALUE IF NOT EXISTS"));
        } else if (command instanceof Command.RenameEnumValue c) {
            catalog.resolveEnum(c.type().schema(), c.type().name())
                    .filter(e -> e.values().contains(c.from()) && e.values().contains(c.to()))
                    .ifPresent(e -> report(context, c.fromSpan(), "enum label \"" + c.to() + "\" already exists",
                            DUPLICATE_OBJECT, "rename to a label the enum does not have"));
        } else if (command instanceof Command.RenameType c) {
            catalog.resolveEnum(c.type().schema(), c.type().name()).map(EnumType::name).ifPresent(from -> {
                if (!from.name().equals(c.to().name())
                        && catalog.typeExists(Optional.of(from.schema()), c.to().name())) {
                    report(context, c.to().span(), "type \"" + c.to().name() + "\" already exists", DUPLICATE_OBJECT,
                            "rename to a free name, or drop the other type first");
                }
            });
        } else if (command instanceof Command.RenameIndex c) {
            catalog.resolveIndex(c.index().schema(), c.index().name()).map(Index::name).ifPresent(from ->
                    checkRelation(context, QualifiedName.of(from.schema(), c.to().name()), c.to().span()));
        } else if (command instanceof Command.AlterTable c) {
            catalog.resolveTable(c.table().schema(), c.table().name())
                    .ifPresent(t -> checkAlterTable(context, c, t));
        }
    }

    private static void checkCreateTable(StatementContext context, Command.CreateTable create) {
        Optional<QualifiedName> name = CreationSchema.qualify(context.catalog(), create.name().schema(),
                create.name().name());
        if (name.isEmpty() || checkRelation(context, name.get(), create.name().span())) {
            return;
        }
        Set<String> columns = new HashSet<>();
        for (Command.ColumnDef col : create.columns()) {
            if (!columns.add(col.name().name())) {
                report(context, col.name().span(), "column \"" + col.name().name() + "\" specified more than once",
                        DUPLICATE_COLUMN, "remove or rename one of the two definitions");
                return;
            }
        }
        for (Command.ConstraintDef def : create.constraints()) {
            if (checkConstraintIndex(context, name.get(), def)) {
                return;
            }
        }
        for (Command.ColumnDef col : create.columns()) {
            for (Command.ConstraintDef def : col.inline()) {
                if (checkConstraintIndex(context, name.get(), def)) {
                    return;
                }
            }
        }
    }

    private static void checkAlterTable(StatementContext context, Command.AlterTable alter, Table table) {
        QualifiedName name = table.name();
        NameSet columns = new NameSet(n -> table.column(n).isPresent());
        NameSet constraints = new NameSet(n -> context.catalog().constraintsOf(name).stream()
                .anyMatch(c -> c.name().equals(n)));
        // A constraint dropped earlier in the statement takes its index along, freeing the name for a new one.
        Set<String> dropped = new HashSet<>();
        // A second primary key fails as one (primary-key-conflict, 42P16) before its index gets a name.
        List<Command.ConstraintDef> secondKeys = PrimaryKeyConflictRule.refusedKeys(context.catalog(), table, alter);
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.AddColumn a) {
                Ident column = a.column().name();
                if (!columns.add(column.name()) && !a.ifNotExists()) {
                    report(context, column.span(), "column \"" + column.name() + "\" of relation \"" + name.name()
                            + "\" already exists", DUPLICATE_COLUMN, "write ADD COLUMN IF NOT EXISTS, or drop the "
                            + "statement if the column is already what the model wants");
                    return;
                }
            } else if (action instanceof AlterAction.DropColumn a) {
                columns.remove(a.column().name());
            } else if (action instanceof AlterAction.RenameColumn a) {
                if (columns.contains(a.from().name()) && columns.contains(a.to().name())) {
                    report(context, a.to().span(), "column \"" + a.to().name() + "\" of relation \"" + name.name()
                            + "\" already exists", DUPLICATE_COLUMN, "rename to a free name, or drop the other column "
                            + "first");
                    return;
                }
            } else if (action instanceof AlterAction.AddConstraint a) {
                Command.ConstraintDef def = a.constraint();
                boolean replacesDropped = def.name().map(n -> dropped.contains(n.name())).orElse(false);
                if (def.usingIndex().isEmpty() && !replacesDropped && !secondKeys.contains(def)
                        && checkConstraintIndex(context, name, def)) {
                    return;
                }
                if (def.name().isPresent() && !indexBacked(def.kind())
                        && !constraints.add(def.name().get().name())) {
                    reportConstraint(context, def.name().get(), name);
                    return;
                }
                def.name().ifPresent(n -> constraints.add(n.name()));
            } else if (action instanceof AlterAction.DropConstraint a) {
                constraints.remove(a.name().name());
                dropped.add(a.name().name());
            } else if (action instanceof AlterAction.RenameConstraint a) {
                if (constraints.contains(a.from().name()) && constraints.contains(a.to().name())) {
                    reportConstraint(context, a.to(), name);
                    return;
                }
            } else if (action instanceof AlterAction.RenameTable a) {
                checkRelation(context, QualifiedName.of(name.schema(), a.to().name()), a.to().span());
                return;
            }
        }
    }

    /**
     * The names of a table's columns or constraints as the statement changes them. Looked up in the catalog on
     * demand rather than copied: most statements add one column to a table that may have hundreds.
     */
    private static final class NameSet {
        private final Predicate<String> before;
        private final Set<String> added = new HashSet<>();
        private final Set<String> removed = new HashSet<>();

        NameSet(Predicate<String> before) {
            this.before = before;
        }

        boolean contains(String name) {
            return added.contains(name) || (!removed.contains(name) && before.test(name));
        }

        /** Adds the name; false when it was there already. */
        boolean add(String name) {
            if (contains(name)) {
                return false;
            }
            removed.remove(name);
            added.add(name);
            return true;
        }

        void remove(String name) {
            added.remove(name);
            removed.add(name);
        }
    }

    /** {@code PRIMARY KEY (a, a)}: PostgreSQL refuses a key that names a column twice ({@code indexcmds.c}). */
    private static boolean repeatsColumn(StatementContext context, Command.ConstraintDef def) {
        if (def.kind() != ConstraintKind.PRIMARY_KEY && def.kind() != ConstraintKind.UNIQUE) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        for (Ident column : def.columns()) {
            if (!seen.add(column.name())) {
                report(context, column.span(), "column \"" + column.name() + "\" appears twice in "
                        + (def.kind() == ConstraintKind.PRIMARY_KEY ? "primary key" : "unique") + " constraint",
                        DUPLICATE_COLUMN, "name each column of the key once");
                return true;
            }
        }
        return false;
    }

    private static boolean indexBacked(ConstraintKind kind) {
        return kind == ConstraintKind.PRIMARY_KEY || kind == ConstraintKind.UNIQUE || kind == ConstraintKind.EXCLUSION;
    }

    /** A named primary key, unique or exclusion constraint creates an index of that name in the table's schema. */
    private static boolean checkConstraintIndex(StatementContext context, QualifiedName table,
                                                Command.ConstraintDef def) {
        if (repeatsColumn(context, def)) {
            return true;
        }
        return def.name().isPresent() && indexBacked(def.kind())
                && checkRelation(context, QualifiedName.of(table.schema(), def.name().get().name()),
                def.name().get().span());
    }

    private static void checkNewRelation(StatementContext context, SqlName name) {
        CreationSchema.qualify(context.catalog(), name.schema(), name.name())
                .ifPresent(qn -> checkRelation(context, qn, name.span()));
    }

    /** Reports a relation-namespace clash; true when it did. */
    private static boolean checkRelation(StatementContext context, QualifiedName name, Span span) {
        CatalogView catalog = context.catalog();
        Optional<String> taken = catalog.table(name).map(t -> t.kind().name().toLowerCase().replace('_', ' '))
                .or(() -> catalog.index(name).map(i -> "index"))
                .or(() -> catalog.resolveSequence(Optional.of(name.schema()), name.name()).map(s -> "sequence"));
        taken.ifPresent(kind -> report(context, span, "relation \"" + name.name() + "\" already exists: the schema \""
                        + name.schema() + "\" has a " + kind + " of that name, and tables, views, indexes and "
                        + "sequences share one namespace",
                DUPLICATE_TABLE, "choose another name, drop the other object first, or write IF NOT EXISTS where "
                        + "the statement allows it"));
        return taken.isPresent();
    }

    private static void checkNewType(StatementContext context, SqlName name) {
        CreationSchema.qualify(context.catalog(), name.schema(), name.name())
                .filter(qn -> context.catalog().typeExists(Optional.of(qn.schema()), qn.name()))
                .ifPresent(qn -> report(context, name.span(), "type \"" + name.name() + "\" already exists in schema \""
                        + qn.schema() + "\" (a table's row type counts)", DUPLICATE_OBJECT,
                        "drop the statement if the type is already what the model wants, or choose another name"));
    }

    private static void reportConstraint(StatementContext context, Ident constraint, QualifiedName table) {
        report(context, constraint.span(), "constraint \"" + constraint.name() + "\" for relation \"" + table.name()
                + "\" already exists", DUPLICATE_OBJECT, "choose another name, or drop the other constraint first");
    }

    private static void report(StatementContext context, Span span, String postgresSays, String sqlState,
                               String fix) {
        context.reportFailure(span, postgresSays + ": the target or an earlier migration already created it", fix,
                sqlState);
    }
}
