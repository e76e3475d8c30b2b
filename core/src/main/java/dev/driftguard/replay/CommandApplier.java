package dev.driftguard.replay;

import dev.driftguard.catalog.Column;
import dev.driftguard.catalog.Constraint;
import dev.driftguard.catalog.Dependencies;
import dev.driftguard.catalog.ConstraintKind;
import dev.driftguard.catalog.Domain;
import dev.driftguard.catalog.EnumType;
import dev.driftguard.catalog.Extension;
import dev.driftguard.catalog.ExtensionTypes;
import dev.driftguard.catalog.Function;
import dev.driftguard.catalog.Index;
import dev.driftguard.catalog.PartitionKey;
import dev.driftguard.catalog.QualifiedName;
import dev.driftguard.catalog.RelationKind;
import dev.driftguard.catalog.Sequence;
import dev.driftguard.catalog.Table;
import dev.driftguard.catalog.PolicyDependency;
import dev.driftguard.catalog.ViewDependency;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import dev.driftguard.sql.Expr;
import dev.driftguard.sql.Ident;
import dev.driftguard.sql.SqlFrontEnd;
import dev.driftguard.sql.SqlName;
import dev.driftguard.sql.SqlStatement;
import dev.driftguard.sql.TypeName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Applies one statement's effect to the catalog state, the way PostgreSQL would if it succeeded. Statements that
 * PostgreSQL would reject are applied as far as they make sense (a column of a missing type is still added), so that
 * one mistake is reported once and not again by every later statement that builds on it.
 */
final class CommandApplier implements Command.Visitor<Void> {

    private static final Map<String, String> SERIAL_TYPES =
            Map.of("serial", "integer", "bigserial", "bigint", "smallserial", "smallint",
                    "serial4", "integer", "serial8", "bigint", "serial2", "smallint");

    private final CatalogState state;
    private final String fileText;
    private final Consumer<SqlStatement> nested;

    CommandApplier(CatalogState state, String fileText, Consumer<SqlStatement> nested) {
        this.state = state;
        this.fileText = fileText;
        this.nested = nested;
    }

    private String text(Expr expr) {
        return fileText.substring(expr.span().start(), expr.span().end());
    }

    private Optional<QualifiedName> existingTable(SqlName name) {
        return state.resolveTable(name.schema(), name.name()).map(Table::name);
    }

    // ---- tables -------------------------------------------------------------------------------------------------

    @Override
    public Void visit(Command.CreateTable command) {
        QualifiedName name = state.qualifyForCreation(command.name().schema(), command.name().name());
        if (state.tables.containsKey(name)) {
            return null;
        }
        List<Column> columns = new ArrayList<>();
        List<Constraint> constraints = new ArrayList<>();
        for (Command.ColumnDef def : command.columns()) {
            columns.add(column(name, def));
            def.inline().forEach(c -> constraints.add(constraint(name, c, List.of(def.name()))));
        }
        command.constraints().forEach(c -> constraints.add(constraint(name, c, c.columns())));
        if (command.partitionOf().isPresent() && columns.isEmpty()) {
            existingTable(command.partitionOf().get()).flatMap(state::table)
                    .ifPresent(parent -> columns.addAll(parent.columns()));
        }
        boolean known = !command.asSelect();
        // Inserted last to first, so that each clause's position still counts only the definitions written before it.
        for (int i = command.like().size() - 1; i >= 0; i--) {
            Command.LikeClause like = command.like().get(i);
            Optional<Table> source = existingTable(like.source()).flatMap(state::table);
            if (source.isPresent() && state.columnsKnown(source.get())) {
                columns.addAll(like.columnsBefore(), source.get().columns().stream().map(CommandApplier::likeColumn)
                        .toList());
            } else {
                known = false;
            }
        }
        Optional<QualifiedName> parent = command.partitionOf().flatMap(this::existingTable);
        state.tables.put(name, new Table(name, command.partitionBy().isPresent() ? RelationKind.PARTITIONED_TABLE
                : RelationKind.TABLE, columns, Optional.empty(), Optional.empty(), command.partitionBy(), parent));
        state.created(name);
        if (!known) {
            state.columnsUnknown(name);
        }
        for (Constraint c : constraints) {
            addConstraint(name, withPrimaryKeyColumns(c, constraints));
        }
        return null;
    }

    /**
     * A foreign key written without referenced columns references the primary key, whose columns PostgreSQL records
     * as the key's ({@code confkey}), as introspection reads them; {@code sameStatement} holds the keys a
     * {@code CREATE TABLE} adds along with it, for a table that references itself.
     */
    private Constraint withPrimaryKeyColumns(Constraint c, List<Constraint> sameStatement) {
        if (c.kind() != ConstraintKind.FOREIGN_KEY || !c.referencedColumns().isEmpty() || c.referencedTable().isEmpty()) {
            return c;
        }
        QualifiedName referenced = c.referencedTable().get();
        List<Constraint> keys = new ArrayList<>(state.constraintsOf(referenced));
        sameStatement.stream().filter(k -> k.table().equals(referenced)).forEach(keys::add);
        Optional<List<String>> primaryKey = keys.stream().filter(k -> k.kind() == ConstraintKind.PRIMARY_KEY)
                .map(Constraint::columns).findFirst()
                .or(() -> state.indexesOf(referenced).stream().filter(Index::primary).findFirst()
                        .flatMap(Index::plainColumns));
        return primaryKey.map(columns -> new Constraint(c.name(), c.table(), c.kind(), c.columns(), c.referencedTable(),
                columns, c.onDelete(), c.onUpdate(), c.definition(), c.validated())).orElse(c);
    }

    /**
     * {@code LIKE} copies names, types and NOT NULL; defaults, identity and generation expressions only with
     * {@code INCLUDING} options the model does not track, so it keeps none of them.
     */
    private static Column likeColumn(Column source) {
        return new Column(source.name(), source.type(), source.nullable(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private Column column(QualifiedName table, Command.ColumnDef def) {
        TypeName type = def.type();
        String serialBase = SERIAL_TYPES.get(type.name());
        boolean primaryKey = def.inline().stream().anyMatch(c -> c.kind() == ConstraintKind.PRIMARY_KEY);
        boolean notNull = def.notNull().orElse(false) || primaryKey || def.identity() || serialBase != null;
        Optional<String> defaultText = def.defaultValue().map(this::text);
        String formatted;
        if (serialBase != null) {
            formatted = serialBase;
            QualifiedName sequence = QualifiedName.of(table.schema(), table.name() + "_" + def.name().name() + "_seq");
            state.sequences.put(sequence, new Sequence(sequence, serialBase, Optional.of(owner(table,
                    def.name().name()))));
            defaultText = Optional.of("nextval('" + regclassText(sequence).replace("'", "''") + "'::regclass)");
        } else {
            formatted = type.formatted();
        }
        return new Column(def.name().name(), formatted, !notNull, defaultText, def.generated().map(this::text),
                def.identity() ? Optional.of("d") : Optional.empty());
    }

    /** A sequence's owning column as introspection reads it: {@code schema.table.column}. */
    private static String owner(QualifiedName table, String column) {
        return table.schema() + "." + table.name() + "." + column;
    }

    /**
     * A relation as {@code regclass} output prints it, the way a serial column's default shows it: quoted where
     * {@code quote_ident} would quote, qualified when its schema is not on the {@code search_path}.
     */
    private String regclassText(QualifiedName name) {
        String relation = Ident.quoteIfNeeded(name.name());
        return state.searchPath().contains(name.schema()) ? relation
                : Ident.quoteIfNeeded(name.schema()) + "." + relation;
    }

    private Constraint constraint(QualifiedName table, Command.ConstraintDef def, List<Ident> columns) {
        List<String> cols = columns.stream().map(Ident::name).toList();
        List<String> nameColumns = def.kind() == ConstraintKind.CHECK ? checkNameColumn(def) : cols;
        String name = def.name().map(Ident::name)
                .orElseGet(() -> defaultConstraintName(table, def.kind(), nameColumns));
        Optional<QualifiedName> referenced = def.references()
                .map(r -> existingTable(r.table()).orElse(state.qualifyForCreation(r.table().schema(), r.table().name())));
        List<String> referencedColumns = def.references().map(r -> r.columns().stream().map(Ident::name).toList())
                .orElse(List.of());
        return new Constraint(name, table, def.kind(), cols, referenced, referencedColumns,
                def.references().flatMap(Command.Reference::onDelete), def.references().flatMap(Command.Reference::onUpdate),
                def.check().map(this::text), !def.notValid());
    }

    /**
     * PostgreSQL names an unnamed check after the one column its expression references, wherever it is written, and
     * after no column when it references several ({@code t_score_check}, {@code t_check}).
     */
    private static List<String> checkNameColumn(Command.ConstraintDef def) {
        Set<String> referenced = new LinkedHashSet<>();
        def.check().ifPresent(e -> collectColumns(e, referenced));
        return referenced.size() == 1 ? List.copyOf(referenced) : List.of();
    }

    private static void collectColumns(Expr expr, Set<String> into) {
        if (expr instanceof Expr.ColumnRef ref) {
            into.add(ref.column());
        }
        expr.children().forEach(child -> collectColumns(child, into));
    }

    /** PostgreSQL's ChooseConstraintName: table, first column, suffix. */
    private static String defaultConstraintName(QualifiedName table, ConstraintKind kind, List<String> columns) {
        String suffix = switch (kind) {
            case PRIMARY_KEY -> "pkey";
            case UNIQUE -> "key";
            case FOREIGN_KEY -> "fkey";
            case CHECK -> "check";
            case EXCLUSION -> "excl";
            case NOT_NULL -> "not_null";
        };
        String middle = kind == ConstraintKind.PRIMARY_KEY || columns.isEmpty() ? "" : "_" + String.join("_", columns);
        return table.name() + middle + "_" + suffix;
    }

    private void addConstraint(QualifiedName table, Constraint constraint) {
        state.constraints.computeIfAbsent(table, k -> new ArrayList<>()).add(constraint);
        if (constraint.kind() == ConstraintKind.PRIMARY_KEY || constraint.kind() == ConstraintKind.UNIQUE
                || constraint.kind() == ConstraintKind.EXCLUSION) {
            QualifiedName indexName = QualifiedName.of(table.schema(), constraint.name());
            state.indexes.putIfAbsent(indexName, new Index(indexName, table,
                    constraint.kind() != ConstraintKind.EXCLUSION, constraint.kind() == ConstraintKind.PRIMARY_KEY,
                    constraint.kind() == ConstraintKind.EXCLUSION ? "gist" : "btree", constraint.columns(),
                    Optional.empty(), true));
        }
        if (constraint.kind() == ConstraintKind.PRIMARY_KEY) {
            state.table(table).ifPresent(t -> state.tables.put(table, t.withColumns(t.columns().stream()
                    .map(c -> constraint.columns().contains(c.name()) ? c.withNullable(false) : c).toList())));
        }
    }

    @Override
    public Void visit(Command.AlterTable command) {
        Optional<QualifiedName> table = existingTable(command.table());
        if (table.isEmpty()) {
            // ALTER TABLE ... RENAME TO renames any relation, an index or a sequence too (PostgreSQL's
            // RenameRelation does not check the kind).
            if (command.actions().size() == 1 && command.actions().get(0) instanceof AlterAction.RenameTable rename) {
                SqlName name = command.table();
                if (state.resolveIndex(name.schema(), name.name()).isPresent()) {
                    visit(new Command.RenameIndex(name, rename.to(), command.ifExists()));
                } else {
                    visit(new Command.RenameSequence(name, rename.to(), command.ifExists()));
                }
            }
            return null;
        }
        TableAlteration alteration = new TableAlteration(table.get());
        for (AlterAction action : command.actions()) {
            action.accept(alteration);
        }
        return null;
    }

    /** Applies the actions of one ALTER TABLE; a RENAME TO or SET SCHEMA moves the table it works on. */
    private final class TableAlteration implements AlterAction.Visitor<Void> {
        private QualifiedName table;

        TableAlteration(QualifiedName table) {
            this.table = table;
        }

        private void updateColumns(java.util.function.UnaryOperator<List<Column>> change) {
            state.table(table).ifPresent(t -> state.tables.put(table, t.withColumns(change.apply(t.columns()))));
        }

        private void updateColumn(String column, java.util.function.UnaryOperator<Column> change) {
            updateColumns(cols -> cols.stream().map(c -> c.name().equals(column) ? change.apply(c) : c).toList());
        }

        @Override
        public Void visit(AlterAction.AddColumn action) {
            boolean exists = state.table(table).flatMap(t -> t.column(action.column().name().name())).isPresent();
            if (!exists) {
                Column column = column(table, action.column());
                updateColumns(cols -> {
                    List<Column> next = new ArrayList<>(cols);
                    next.add(column);
                    return next;
                });
                action.column().inline().forEach(c -> addConstraint(table,
                        withPrimaryKeyColumns(constraint(table, c, List.of(action.column().name())), List.of())));
            }
            return null;
        }

        @Override
        public Void visit(AlterAction.DropColumn action) {
            String column = action.column().name();
            if (action.cascade()) {
                dropDependents(table, Optional.of(column));
            }
            dropColumn(table, column);
            return null;
        }

        @Override
        public Void visit(AlterAction.AlterColumnType action) {
            updateColumn(action.column().name(), c -> c.withType(action.type().formatted()));
            return null;
        }

        @Override
        public Void visit(AlterAction.SetNotNull action) {
            updateColumn(action.column().name(), c -> c.withNullable(false));
            return null;
        }

        @Override
        public Void visit(AlterAction.DropNotNull action) {
            updateColumn(action.column().name(), c -> c.withNullable(true));
            return null;
        }

        @Override
        public Void visit(AlterAction.SetDefault action) {
            updateColumn(action.column().name(), c -> c.withDefault(Optional.of(text(action.value()))));
            return null;
        }

        @Override
        public Void visit(AlterAction.DropDefault action) {
            updateColumn(action.column().name(), c -> c.withDefault(Optional.empty()));
            return null;
        }

        @Override
        public Void visit(AlterAction.AddConstraint action) {
            Command.ConstraintDef def = action.constraint();
            Constraint constraint = constraint(table, def, def.columns());
            if (state.constraint(table, constraint.name()).isEmpty()) {
                if (def.usingIndex().isPresent()) {
                    // USING INDEX turns the index into the constraint's own and renames it to the constraint's name.
                    QualifiedName old = QualifiedName.of(table.schema(), def.usingIndex().get().name());
                    Index index = state.indexes.remove(old);
                    if (index != null) {
                        QualifiedName renamed = QualifiedName.of(table.schema(), constraint.name());
                        state.indexes.put(renamed, index.withName(renamed));
                        constraint = new Constraint(constraint.name(), table, constraint.kind(), index.keys(),
                                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), true);
                    }
                }
                addConstraint(table, withPrimaryKeyColumns(constraint, List.of()));
            }
            return null;
        }

        @Override
        public Void visit(AlterAction.DropConstraint action) {
            List<Constraint> list = state.constraints.get(table);
            if (action.cascade()) {
                state.constraint(table, action.name().name()).filter(c -> c.kind() == ConstraintKind.PRIMARY_KEY
                        || c.kind() == ConstraintKind.UNIQUE).ifPresent(key -> dropForeignKeys(
                        Dependencies.foreignKeysThatMayUse(state, Dependencies.indexOf(state, key))));
            }
            if (list != null) {
                list.removeIf(c -> c.name().equals(action.name().name()));
            }
            state.indexes.remove(QualifiedName.of(table.schema(), action.name().name()));
            return null;
        }

        @Override
        public Void visit(AlterAction.ValidateConstraint action) {
            List<Constraint> list = state.constraints.get(table);
            if (list != null) {
                list.replaceAll(c -> c.name().equals(action.name().name())
                        ? new Constraint(c.name(), c.table(), c.kind(), c.columns(), c.referencedTable(),
                        c.referencedColumns(), c.onDelete(), c.onUpdate(), c.definition(), true)
                        : c);
            }
            return null;
        }

        @Override
        public Void visit(AlterAction.RenameColumn action) {
            String from = action.from().name();
            String to = action.to().name();
            updateColumn(from, c -> c.withName(to));
            state.table(table).filter(t -> t.partitionKey().isPresent()).ifPresent(t -> state.tables.put(table,
                    t.withPartitionKey(t.partitionKey().map(k -> new PartitionKey(renamed(k.columns(), from, to),
                            k.expressions())))));
            state.viewDependenciesColumnRenamed(table, from, to);
            // Constraints hold columns, not names: the table's own keys and the foreign keys referencing the column
            // follow it, so that a later DROP COLUMN of the new name takes them along.
            state.constraints.values().forEach(cs -> cs.replaceAll(c -> {
                List<String> columns = c.table().equals(table) ? renamed(c.columns(), from, to) : c.columns();
                List<String> referenced = c.referencedTable().equals(Optional.of(table))
                        ? renamed(c.referencedColumns(), from, to) : c.referencedColumns();
                return columns.equals(c.columns()) && referenced.equals(c.referencedColumns()) ? c
                        : new Constraint(c.name(), c.table(), c.kind(), columns, c.referencedTable(), referenced,
                        c.onDelete(), c.onUpdate(), c.definition(), c.validated());
            }));
            state.indexes.replaceOf(table, i -> i.keys().stream().anyMatch(key -> isColumn(key, from))
                    ? new Index(i.name(), i.table(), i.unique(), i.primary(), i.method(),
                    i.keys().stream().map(key -> isColumn(key, from) ? renamedKey(key, to) : key).toList(),
                    i.predicate(), i.valid())
                    : i);
            return null;
        }

        @Override
        public Void visit(AlterAction.RenameConstraint action) {
            List<Constraint> list = state.constraints.get(table);
            if (list != null) {
                list.replaceAll(c -> c.name().equals(action.from().name())
                        ? new Constraint(action.to().name(), c.table(), c.kind(), c.columns(), c.referencedTable(),
                        c.referencedColumns(), c.onDelete(), c.onUpdate(), c.definition(), c.validated())
                        : c);
            }
            renameIndex(QualifiedName.of(table.schema(), action.from().name()), action.to().name());
            return null;
        }

        @Override
        public Void visit(AlterAction.RenameTable action) {
            move(QualifiedName.of(table.schema(), action.to().name()));
            return null;
        }

        @Override
        public Void visit(AlterAction.SetSchema action) {
            move(QualifiedName.of(action.schema().name(), table.name()));
            return null;
        }

        private void move(QualifiedName to) {
            Table t = state.tables.remove(table);
            if (t == null) {
                return;
            }
            state.tables.put(to, t.withName(to));
            state.moved(table, to);
            state.viewDependenciesMoved(table, to);
            state.indexes.replaceOf(table, i -> i.withTable(to));
            List<Constraint> list = state.constraints.remove(table);
            if (list != null) {
                List<Constraint> moved = new ArrayList<>();
                list.forEach(c -> moved.add(c.withTable(to)));
                state.constraints.put(to, moved);
            }
            state.constraints.values().forEach(cs -> cs.replaceAll(c -> c.referencedTable().equals(Optional.of(table))
                    ? new Constraint(c.name(), c.table(), c.kind(), c.columns(), Optional.of(to), c.referencedColumns(),
                    c.onDelete(), c.onUpdate(), c.definition(), c.validated())
                    : c));
            QualifiedName from = table;
            state.tables.replaceAll((n, r) -> r.partitionOf().equals(Optional.of(from))
                    ? r.withPartitionOf(Optional.of(to)) : r);
            table = to;
        }

        @Override
        public Void visit(AlterAction.AttachPartition action) {
            existingTable(action.partition()).flatMap(state::table).ifPresent(p -> state.tables.put(p.name(),
                    p.withPartitionOf(Optional.of(table))));
            return null;
        }

        @Override
        public Void visit(AlterAction.DetachPartition action) {
            existingTable(action.partition()).flatMap(state::table)
                    .filter(p -> p.partitionOf().equals(Optional.of(table)))
                    .ifPresent(p -> state.tables.put(p.name(), p.withPartitionOf(Optional.empty())));
            return null;
        }

        @Override
        public Void visit(AlterAction.Other action) {
            return null;
        }
    }

    private static List<String> renamed(List<String> columns, String from, String to) {
        return columns.contains(from) ? columns.stream().map(c -> c.equals(from) ? to : c).toList() : columns;
    }

    private void renameIndex(QualifiedName from, String to) {
        Index index = state.indexes.remove(from);
        if (index != null) {
            QualifiedName renamed = QualifiedName.of(from.schema(), to);
            state.indexes.put(renamed, index.withName(renamed));
        }
    }

    @Override
    public Void visit(Command.DropTable command) {
        for (SqlName name : command.names()) {
            existingTable(name).ifPresent(t -> {
                if (command.cascade()) {
                    dropDependents(t, Optional.empty());
                }
                dropRelation(t);
            });
        }
        return null;
    }

    /**
     * What {@code CASCADE} drops along with a relation (or one column of it): the views reading it, the policies
     * reading it (a relation's own policies go with it anyway), and the foreign keys of other tables referencing it.
     */
    private void dropDependents(QualifiedName relation, Optional<String> column) {
        for (PolicyDependency d : List.copyOf(state.policiesReading(relation))) {
            if (column.isEmpty() ? !d.table().equals(relation) : d.column().equals(column)) {
                state.policyDropped(d.table(), d.policy());
            }
        }
        for (ViewDependency d : List.copyOf(state.viewsReading(relation))) {
            if ((column.isEmpty() || d.column().equals(column)) && state.tables.containsKey(d.view())) {
                dropDependents(d.view(), Optional.empty());
                dropRelation(d.view());
            }
        }
        state.constraints.values().forEach(cs -> cs.removeIf(c -> c.referencedTable().equals(Optional.of(relation))
                && !c.table().equals(relation)
                && (column.isEmpty() || c.referencedColumns().contains(column.get()))));
    }

    private static boolean isColumn(String key, String column) {
        return Index.plainColumn(key).map(column::equals).orElse(false);
    }

    /** A plain-column key naming {@code to} instead, written as it was (quoted or not, opclass and order kept). */
    private static String renamedKey(String key, String to) {
        String text = key.trim();
        String rest;
        if (text.startsWith("\"")) {
            int close = 1;
            while (close < text.length() && !(text.charAt(close) == '"'
                    && (close + 1 >= text.length() || text.charAt(close + 1) != '"'))) {
                close += text.charAt(close) == '"' ? 2 : 1;
            }
            rest = text.substring(Math.min(text.length(), close + 1));
            return '"' + to.replace("\"", "\"\"") + '"' + rest;
        }
        int space = text.indexOf(' ');
        rest = space < 0 ? "" : text.substring(space);
        return to + rest;
    }

    /** Whether the index reads the column: as a key, in a key expression or in its predicate. */
    private static boolean indexReads(Index index, String column) {
        for (String key : index.keys()) {
            if (isColumn(key, column) || (Index.plainColumn(key).isEmpty() && mentions(key, column))) {
                return true;
            }
        }
        return index.predicate().map(p -> mentions(p, column)).orElse(false);
    }

    private static boolean mentions(String expression, String column) {
        return SqlFrontEnd.expression(expression).map(e -> reads(e, column)).orElse(false);
    }

    private static boolean reads(Expr e, String column) {
        if (e instanceof Expr.ColumnRef ref && ref.column().equals(column)) {
            return true;
        }
        return e.children().stream().anyMatch(c -> reads(c, column));
    }

    /** Drops a column with what PostgreSQL always drops along: its indexes, constraints and serial sequence. */
    private void dropColumn(QualifiedName table, String column) {
        state.table(table).ifPresent(t -> state.tables.put(table, t.withColumns(t.columns().stream()
                .filter(c -> !c.name().equals(column)).toList())));
        state.sequences.values().removeIf(s -> s.ownedBy().equals(Optional.of(owner(table, column))));
        // An index whose key, key expression or predicate reads the column goes with it.
        state.indexes.removeIf(table, i -> indexReads(i, column));
        List<Constraint> list = state.constraints.get(table);
        if (list != null) {
            list.removeIf(c -> c.columns().contains(column));
        }
    }

    /** What {@code CASCADE} drops along with a type: the columns of that type, and what stands on them. */
    private void dropColumnsOfType(QualifiedName type) {
        for (Dependencies.TableColumn user : Dependencies.columnsOfType(state, type)) {
            dropDependents(user.table(), Optional.of(user.column()));
            dropColumn(user.table(), user.column());
        }
    }

    private void dropForeignKeys(List<Constraint> keys) {
        for (Constraint fk : keys) {
            List<Constraint> list = state.constraints.get(fk.table());
            if (list != null) {
                list.remove(fk);
            }
        }
    }

    /** A partitioned table's partitions go with it. */
    private void dropRelation(QualifiedName table) {
        state.tables.values().stream().filter(t -> t.partitionOf().equals(Optional.of(table))).map(Table::name)
                .toList().forEach(this::dropRelation);
        state.viewDropped(table);
        state.tables.remove(table);
        state.dropped(table);
        state.indexes.removeIf(table, i -> true);
        state.constraints.remove(table);
        String owner = owner(table, "");
        state.sequences.values().removeIf(s -> s.ownedBy().map(o -> o.startsWith(owner)).orElse(false));
    }

    @Override
    public Void visit(Command.Truncate command) {
        return null;
    }

    // ---- indexes ------------------------------------------------------------------------------------------------

    @Override
    public Void visit(Command.CreateIndex command) {
        Optional<QualifiedName> table = existingTable(command.table());
        if (table.isEmpty()) {
            return null;
        }
        List<String> keys = command.keys().stream()
                .map(k -> k.expression() instanceof Expr.ColumnRef ref ? ref.column() : text(k.expression()))
                .toList();
        String name = command.name().map(Ident::name).orElseGet(() -> table.get().name() + "_"
                + command.keys().stream().map(k -> k.expression() instanceof Expr.ColumnRef ref ? ref.column() : "expr")
                .reduce((a, b) -> a + "_" + b).orElse("") + "_idx");
        QualifiedName indexName = QualifiedName.of(table.get().schema(), name);
        if (!state.relationNameTaken(indexName)) {
            state.indexes.put(indexName, new Index(indexName, table.get(), command.unique(), false, command.method(),
                    keys, command.predicate().map(this::text), true));
        }
        return null;
    }

    @Override
    public Void visit(Command.DropIndex command) {
        for (SqlName name : command.names()) {
            state.resolveIndex(name.schema(), name.name()).ifPresent(i -> {
                // PostgreSQL refuses to drop a constraint's index alone; the model takes the statement at its word
                // and lets the key go, so that its name is free for the key that usually follows.
                Dependencies.constraintOwning(state, i).ifPresent(c -> state.constraints.get(c.table()).remove(c));
                if (command.cascade()) {
                    dropForeignKeys(Dependencies.foreignKeysThatMayUse(state, i));
                }
                state.indexes.remove(i.name());
            });
        }
        return null;
    }

    @Override
    public Void visit(Command.RenameIndex command) {
        SqlName name = command.index();
        Optional<Index> index = state.resolveIndex(name.schema(), name.name());
        if (index.isPresent()) {
            renameIndex(index.get().name(), command.to().name());
        } else if (state.resolveTable(name.schema(), name.name()).isPresent()) {
            // ALTER INDEX renames a table or view as well, as ALTER TABLE would.
            visit(new Command.AlterTable(name, command.ifExists(),
                    List.of(new AlterAction.RenameTable(command.to(), command.to().span()))));
        } else {
            visit(new Command.RenameSequence(name, command.to(), command.ifExists()));
        }
        return null;
    }

    @Override
    public Void visit(Command.Reindex command) {
        return null;
    }

    // ---- types --------------------------------------------------------------------------------------------------

    @Override
    public Void visit(Command.CreateEnumType command) {
        QualifiedName name = state.qualifyForCreation(command.name().schema(), command.name().name());
        state.enums.putIfAbsent(name, new EnumType(name, command.values()));
        return null;
    }

    @Override
    public Void visit(Command.CreateOtherType command) {
        state.otherTypes.add(state.qualifyForCreation(command.name().schema(), command.name().name()));
        return null;
    }

    @Override
    public Void visit(Command.AddEnumValue command) {
        state.resolveEnum(command.type().schema(), command.type().name()).ifPresent(e -> {
            if (e.values().contains(command.value())) {
                return;
            }
            List<String> values = new ArrayList<>(e.values());
            int at = command.before().map(values::indexOf)
                    .or(() -> command.after().map(a -> values.indexOf(a) < 0 ? -1 : values.indexOf(a) + 1))
                    .filter(i -> i >= 0).orElse(values.size());
            values.add(at, command.value());
            state.enums.put(e.name(), new EnumType(e.name(), values));
            state.addedLabel(e.name(), command.value());
        });
        return null;
    }

    @Override
    public Void visit(Command.RenameEnumValue command) {
        state.resolveEnum(command.type().schema(), command.type().name()).ifPresent(e -> state.enums.put(e.name(),
                new EnumType(e.name(), e.values().stream().map(v -> v.equals(command.from()) ? command.to() : v).toList())));
        return null;
    }

    @Override
    public Void visit(Command.RenameType command) {
        state.resolveEnum(command.type().schema(), command.type().name()).ifPresent(e -> {
            state.enums.remove(e.name());
            QualifiedName renamed = QualifiedName.of(e.name().schema(), command.to().name());
            state.enums.put(renamed, new EnumType(renamed, e.values()));
            retypeColumns(formattedTypeName(e.name().name(), command.to()), formattedTypeName(renamed.name(),
                    command.to()));
        });
        return null;
    }

    /** Columns of a renamed type keep their type under its new name, arrays of it included. */
    private void retypeColumns(String from, String to) {
        state.tables.replaceAll((name, table) -> table.withColumns(table.columns().stream().map(c -> {
            String type = c.type();
            boolean ofType = type.startsWith(from) && type.substring(from.length()).replace("[]", "").isEmpty();
            return ofType ? c.withType(to + type.substring(from.length())) : c;
        }).toList()));
    }

    /** A type name as the catalog model stores a column's type, quoted when needed. */
    private static String formattedTypeName(String name, Ident at) {
        return new TypeName(Optional.empty(), name, List.of(), 0, name, at.span()).formatted();
    }

    @Override
    public Void visit(Command.DropType command) {
        for (SqlName name : command.names()) {
            Optional<QualifiedName> dropped = state.resolveEnum(name.schema(), name.name()).map(EnumType::name);
            dropped.ifPresent(state.enums::remove);
            for (String schema : name.schema().map(List::of).orElse(state.searchPath())) {
                QualifiedName qn = QualifiedName.of(schema, name.name());
                if (dropped.isEmpty() && (state.domains.remove(qn) != null || state.otherTypes.remove(qn))) {
                    dropped = Optional.of(qn);
                }
            }
            if (command.cascade()) {
                dropped.ifPresent(this::dropColumnsOfType);
            }
        }
        return null;
    }

    @Override
    public Void visit(Command.CreateDomain command) {
        QualifiedName name = state.qualifyForCreation(command.name().schema(), command.name().name());
        state.domains.putIfAbsent(name, new Domain(name, command.baseType().formatted(), command.notNull()));
        return null;
    }

    // ---- schemas, extensions, functions, views, sequences ------------------------------------------------------

    @Override
    public Void visit(Command.CreateSchema command) {
        state.addSchema(command.name().name());
        return null;
    }

    @Override
    public Void visit(Command.DropSchema command) {
        for (Ident name : command.names()) {
            String schema = name.name();
            state.removeSchema(schema);
            // Without CASCADE PostgreSQL refuses while anything is left in it; the model drops what it holds either
            // way, and with it what CASCADE takes along elsewhere.
            state.sequences.keySet().stream().filter(q -> q.schema().equals(schema)).toList().forEach(q -> {
                dropDefaultsUsing(q);
                state.sequences.remove(q);
            });
            state.tables.keySet().stream().filter(t -> t.schema().equals(schema)).toList().forEach(t -> {
                dropDependents(t, Optional.empty());
                dropRelation(t);
            });
            List<QualifiedName> types = new ArrayList<>();
            state.enums.keySet().stream().filter(t -> t.schema().equals(schema)).forEach(types::add);
            state.domains.keySet().stream().filter(t -> t.schema().equals(schema)).forEach(types::add);
            types.forEach(t -> {
                state.enums.remove(t);
                state.domains.remove(t);
                dropColumnsOfType(t);
            });
            state.otherTypes.removeIf(t -> t.schema().equals(schema));
            state.functions.keySet().removeIf(f -> f.schema().equals(schema));
            state.extensions.values().stream().filter(e -> e.schema().equals(schema)).map(Extension::name).toList()
                    .forEach(e -> dropExtension(e, true));
        }
        return null;
    }

    @Override
    public Void visit(Command.CreateExtension command) {
        if (state.extension(command.name().name()).isEmpty()) {
            state.addExtension(new Extension(command.name().name(), command.version(),
                    command.schema().orElseGet(state::creationSchema)));
        }
        return null;
    }

    @Override
    public Void visit(Command.DropExtension command) {
        command.names().forEach(n -> dropExtension(n.name(), command.cascade()));
        return null;
    }

    /**
     * {@code CASCADE} drops the columns of the types the extension created, and the defaults that call its
     * functions.
     */
    private void dropExtension(String name, boolean cascade) {
        if (cascade) {
            state.extension(name).ifPresent(e -> {
                for (Dependencies.TableColumn user : Dependencies.defaultsCallingExtension(state, e)) {
                    state.table(user.table()).ifPresent(t -> state.tables.put(t.name(), t.withColumns(
                            t.columns().stream().map(c -> c.name().equals(user.column())
                                    ? c.withDefault(Optional.empty()) : c).toList())));
                }
                ExtensionTypes.typesOf(name).forEach(type -> dropColumnsOfType(QualifiedName.of(e.schema(), type)));
            });
        }
        state.removeExtension(name);
    }

    @Override
    public Void visit(Command.CreateFunction command) {
        QualifiedName name = state.qualifyForCreation(command.name().schema(), command.name().name());
        List<String> args = command.argumentTypes().stream().map(TypeName::formatted).toList();
        List<Function> overloads = state.functions.computeIfAbsent(name, k -> new ArrayList<>());
        overloads.removeIf(f -> f.argumentTypes().equals(args));
        overloads.add(new Function(name, args, command.returnType().map(TypeName::formatted).orElse("void"),
                command.volatility(), command.language()));
        return null;
    }

    @Override
    public Void visit(Command.DropFunction command) {
        for (SqlName n : command.names()) {
            for (String schema : n.schema().map(List::of).orElse(state.searchPath())) {
                List<Function> overloads = state.functions.get(QualifiedName.of(schema, n.name()));
                if (overloads != null && !overloads.isEmpty()) {
                    if (command.argumentTypes().isPresent()) {
                        List<String> args = command.argumentTypes().get().stream().map(TypeName::formatted).toList();
                        overloads.removeIf(f -> f.argumentTypes().equals(args));
                    } else {
                        overloads.clear();
                    }
                    break;
                }
            }
        }
        return null;
    }

    @Override
    public Void visit(Command.CreateView command) {
        QualifiedName name = state.qualifyForCreation(command.name().schema(), command.name().name());
        if (state.tables.putIfAbsent(name, new Table(name,
                command.materialized() ? RelationKind.MATERIALIZED_VIEW : RelationKind.VIEW, List.of(),
                Optional.empty(), Optional.empty())) == null) {
            state.created(name);
        }
        return null;
    }

    @Override
    public Void visit(Command.DropView command) {
        command.names().forEach(n -> existingTable(n).ifPresent(v -> {
            if (command.cascade()) {
                dropDependents(v, Optional.empty());
            }
            dropRelation(v);
        }));
        return null;
    }

    @Override
    public Void visit(Command.CreateSequence command) {
        QualifiedName name = state.qualifyForCreation(command.name().schema(), command.name().name());
        state.sequences.putIfAbsent(name, new Sequence(name, "bigint", Optional.empty()));
        return null;
    }

    @Override
    public Void visit(Command.RenameSequence command) {
        state.resolveSequence(command.sequence().schema(), command.sequence().name()).ifPresent(s -> {
            state.sequences.remove(s.name());
            QualifiedName renamed = QualifiedName.of(s.name().schema(), command.to().name());
            state.sequences.put(renamed, new Sequence(renamed, s.dataType(), s.ownedBy()));
        });
        return null;
    }

    @Override
    public Void visit(Command.DropSequence command) {
        command.names().forEach(n -> state.resolveSequence(n.schema(), n.name()).ifPresent(s -> {
            if (command.cascade()) {
                dropDefaultsUsing(s.name());
            }
            state.sequences.remove(s.name());
        }));
        return null;
    }

    /** {@code CASCADE} drops the defaults that call {@code nextval} on the sequence; the columns stay. */
    private void dropDefaultsUsing(QualifiedName sequence) {
        for (Dependencies.TableColumn user : Dependencies.defaultsUsing(state, sequence)) {
            state.table(user.table()).ifPresent(t -> state.tables.put(t.name(), t.withColumns(t.columns().stream()
                    .map(c -> c.name().equals(user.column()) ? c.withDefault(Optional.empty()) : c).toList())));
        }
    }

    @Override
    public Void visit(Command.CreateTrigger command) {
        return null;
    }

    /** What the policy reads is recorded by replay, which has the statement's text and the catalog before it. */
    @Override
    public Void visit(Command.CreatePolicy command) {
        return null;
    }

    @Override
    public Void visit(Command.DropPolicy command) {
        state.resolveTable(command.table().schema(), command.table().name())
                .ifPresent(t -> state.policyDropped(t.name(), command.name().name()));
        return null;
    }

    @Override
    public Void visit(Command.AlterPolicy command) {
        command.renamedTo().ifPresent(to -> state.resolveTable(command.table().schema(), command.table().name())
                .ifPresent(t -> state.policyRenamed(t.name(), command.name().name(), to.name())));
        return null;
    }

    // ---- session, data, blocks ---------------------------------------------------------------------------------

    @Override
    public Void visit(Command.Transaction command) {
        return null;
    }

    @Override
    public Void visit(Command.LockTable command) {
        return null;
    }

    @Override
    public Void visit(Command.SetParameter command) {
        return null;
    }

    @Override
    public Void visit(Command.DataChange command) {
        command.selectInto().ifPresent(into -> {
            QualifiedName name = state.qualifyForCreation(into.schema(), into.name());
            if (state.tables.putIfAbsent(name, Table.of(name, List.of())) == null) {
                state.created(name);
                state.columnsUnknown(name);
            }
        });
        return null;
    }

    @Override
    public Void visit(Command.DoBlock command) {
        command.body().forEach(nested);
        return null;
    }

    @Override
    public Void visit(Command.Other command) {
        return null;
    }

    @Override
    public Void visit(Command.Unparsed command) {
        return null;
    }
}
