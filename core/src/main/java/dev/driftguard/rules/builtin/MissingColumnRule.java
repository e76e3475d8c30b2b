package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.Column;
import dev.driftguard.catalog.ConstraintKind;
import dev.driftguard.catalog.QualifiedName;
import dev.driftguard.catalog.RelationKind;
import dev.driftguard.catalog.Table;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import dev.driftguard.sql.Expr;
import dev.driftguard.sql.Ident;
import dev.driftguard.sql.Span;
import dev.driftguard.sql.SqlName;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** A statement names a column its table does not have at that point of the history. */
@RuleInfo(id = "missing-column", severity = Severity.ERROR,
        summary = "An index, constraint or ALTER TABLE names a column the table does not have at that point of the "
                + "history")
public final class MissingColumnRule implements Rule {

    private static final String UNDEFINED_COLUMN = "42703";

    @Override
    public void checkStatement(StatementContext context) {
        if (context.inDoBlock()) {
            return;
        }
        Command command = context.statement().command();
        if (command instanceof Command.CreateIndex c) {
            columnsOf(context, c.table()).ifPresent(columns -> {
                for (Command.IndexKey key : c.keys()) {
                    if (key.expression() instanceof Expr.ColumnRef ref && ref.parts().size() == 1
                            && !columns.contains(ref.column())) {
                        report(context, ref.column(), ref.span(), c.table().display(), "the index key");
                        return;
                    }
                }
                c.include().stream().filter(i -> !columns.contains(i.name())).findFirst()
                        .ifPresent(i -> report(context, i, c.table().display(), "the index's INCLUDE list"));
            });
        } else if (command instanceof Command.AlterTable c
                && !c.actions().stream().allMatch(AlterAction.AddColumn.class::isInstance)) {
            // Only ADD COLUMN (most of what Prisma writes) names no existing column: no need to list them.
            columnsOf(context, c.table()).ifPresent(columns -> checkAlter(context, c, columns));
        } else if (command instanceof Command.CreateTable c && c.partitionOf().isEmpty() && !c.asSelect()) {
            checkCreate(context, c);
        }
    }

    private static void checkCreate(StatementContext context, Command.CreateTable create) {
        Set<String> own = new LinkedHashSet<>();
        create.columns().forEach(col -> own.add(col.name().name()));
        for (Command.LikeClause like : create.like()) {
            Optional<Table> source = context.catalog().resolveTable(like.source().schema(), like.source().name());
            if (source.isEmpty() || !context.catalog().columnsKnown(source.get())) {
                return;
            }
            source.get().columns().forEach(col -> own.add(col.name()));
        }
        Optional<QualifiedName> self = CreationSchema.qualify(context.catalog(), create.name().schema(),
                create.name().name());
        for (Command.ConstraintDef def : create.constraints()) {
            if (def.kind() == ConstraintKind.CHECK || def.kind() == ConstraintKind.EXCLUSION) {
                continue;
            }
            for (Ident column : def.columns()) {
                if (!own.contains(column.name())) {
                    report(context, column, create.name().display(), "the constraint");
                    return;
                }
            }
            if (checkReferenced(context, def, self, own)) {
                return;
            }
        }
        for (Command.ColumnDef col : create.columns()) {
            for (Command.ConstraintDef def : col.inline()) {
                if (checkReferenced(context, def, self, own)) {
                    return;
                }
            }
        }
    }

    /**
     * PostgreSQL runs the actions of one ALTER TABLE in passes, not in written order: drops and type changes see the
     * columns as they were before the statement, everything else also sees the columns the statement adds.
     */
    private static void checkAlter(StatementContext context, Command.AlterTable alter, Set<String> before) {
        String table = alter.table().display();
        Set<String> after = new LinkedHashSet<>(before);
        alter.actions().stream().filter(AlterAction.AddColumn.class::isInstance)
                .forEach(a -> after.add(((AlterAction.AddColumn) a).column().name().name()));
        Set<String> dropped = new LinkedHashSet<>();
        for (AlterAction action : alter.actions()) {
            Optional<Ident> missing = Optional.empty();
            String role = "ALTER TABLE";
            if (action instanceof AlterAction.DropColumn a) {
                if (!a.ifExists() && (!before.contains(a.column().name()) || dropped.contains(a.column().name()))) {
                    missing = Optional.of(a.column());
                }
                dropped.add(a.column().name());
            } else if (action instanceof AlterAction.AlterColumnType a) {
                missing = absent(a.column(), before);
            } else if (action instanceof AlterAction.SetNotNull a) {
                missing = absent(a.column(), after);
            } else if (action instanceof AlterAction.DropNotNull a) {
                missing = absent(a.column(), after);
            } else if (action instanceof AlterAction.SetDefault a) {
                missing = absent(a.column(), after);
            } else if (action instanceof AlterAction.DropDefault a) {
                missing = absent(a.column(), after);
            } else if (action instanceof AlterAction.RenameColumn a) {
                missing = absent(a.from(), before);
            } else if (action instanceof AlterAction.AddConstraint a
                    && a.constraint().kind() != ConstraintKind.CHECK
                    && a.constraint().kind() != ConstraintKind.EXCLUSION
                    && a.constraint().usingIndex().isEmpty()) {
                role = "the constraint";
                missing = a.constraint().columns().stream().filter(col -> !after.contains(col.name())).findFirst();
                if (missing.isEmpty()) {
                    Optional<QualifiedName> self = context.catalog()
                            .resolveTable(alter.table().schema(), alter.table().name()).map(Table::name);
                    if (checkReferenced(context, a.constraint(), self, after)) {
                        return;
                    }
                }
            }
            if (missing.isPresent()) {
                report(context, missing.get(), table, role);
                return;
            }
        }
    }

    /** Reports a referenced column the referenced table lacks; true when it did. */
    private static boolean checkReferenced(StatementContext context, Command.ConstraintDef def,
                                           Optional<QualifiedName> self, Set<String> selfColumns) {
        if (def.references().isEmpty()) {
            return false;
        }
        Command.Reference reference = def.references().get();
        Optional<Set<String>> referenced = isSelf(reference.table(), self)
                ? Optional.of(selfColumns) : columnsOf(context, reference.table());
        if (referenced.isEmpty()) {
            return false;
        }
        for (Ident column : reference.columns()) {
            if (!referenced.get().contains(column.name())) {
                report(context, column, reference.table().display(), "the foreign key's referenced columns");
                return true;
            }
        }
        return false;
    }

    private static boolean isSelf(SqlName referenced, Optional<QualifiedName> self) {
        return self.isPresent() && referenced.name().equals(self.get().name())
                && referenced.schema().map(s -> s.equals(self.get().schema())).orElse(true);
    }

    private static Optional<Ident> absent(Ident column, Set<String> columns) {
        return columns.contains(column.name()) ? Optional.empty() : Optional.of(column);
    }

    /**
     * The columns of an existing ordinary or partitioned table; empty for a missing table ({@code missing-relation}
     * reports it), for views, and for tables whose columns the model does not all know ({@code CREATE TABLE AS}).
     */
    private static Optional<Set<String>> columnsOf(StatementContext context, SqlName table) {
        return context.catalog().resolveTable(table.schema(), table.name())
                .filter(t -> t.kind() == RelationKind.TABLE || t.kind() == RelationKind.PARTITIONED_TABLE)
                .filter(t -> context.catalog().columnsKnown(t))
                .map(ColumnNames::new);
    }

    /**
     * A table's column names as a read-only set over its columns, not a copy: most statements look up one or two
     * names in a table that may have hundreds of columns.
     */
    private static final class ColumnNames extends AbstractSet<String> {
        private final Table table;

        ColumnNames(Table table) {
            this.table = table;
        }

        @Override
        public boolean contains(Object name) {
            return name instanceof String n && table.column(n).isPresent();
        }

        @Override
        public Iterator<String> iterator() {
            return table.columns().stream().map(Column::name).iterator();
        }

        @Override
        public int size() {
            return table.columns().size();
        }
    }

    private static void report(StatementContext context, Ident column, String table, String role) {
        report(context, column.name(), column.span(), table, role);
    }

    private static void report(StatementContext context, String column, Span span, String table, String role) {
        context.reportFailure(span,
                "column \"" + column + "\" does not exist: " + role + " names it, but \"" + table + "\" has no "
                        + "such column at this point (neither the target nor an earlier migration adds it)",
                "add the column in an earlier migration, or correct the name (quoted names are case-sensitive)",
                UNDEFINED_COLUMN);
    }
}
