package dev.driftguard.rules.builtin;

import dev.driftguard.catalog.Constraint;
import dev.driftguard.catalog.ConstraintKind;
import dev.driftguard.catalog.Index;
import dev.driftguard.catalog.QualifiedName;
import dev.driftguard.catalog.Table;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import dev.driftguard.sql.Ident;
import dev.driftguard.sql.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The foreign keys one statement adds ({@code CREATE TABLE}, inline or as table constraints, and
 * {@code ALTER TABLE ... ADD}), each with both sides as PostgreSQL sees them when it checks the key: columns and
 * keys added by the same statement count, because PostgreSQL adds columns and unique keys before foreign keys.
 * Keys whose columns the model does not all know are left out: other rules report missing tables and columns.
 */
final class AddedForeignKeys {

    private static final Map<String, String> SERIAL_TYPES = Map.of("serial", "integer", "bigserial", "bigint",
            "smallserial", "smallint", "serial4", "integer", "serial8", "bigint", "serial2", "smallint");

    /** One side of a key: a table's columns by name (type as the model stores it) and its unique keys. */
    record KeyTable(QualifiedName name, Map<String, String> columnTypes, Optional<List<String>> primaryKey,
                    List<Set<String>> uniqueKeys) {
    }

    /**
     * A foreign key being added.
     *
     * @param referencedColumns the columns written after the referenced table, empty when it names none
     */
    record AddedForeignKey(String name, Command.ConstraintDef definition, List<Ident> columns, KeyTable referencing,
                           KeyTable referenced, List<Ident> referencedColumns, Span referencedSpan) {

        /** The referenced columns PostgreSQL uses: those written, or the primary key's. */
        Optional<List<String>> effectiveReferencedColumns() {
            return referencedColumns.isEmpty() ? referenced.primaryKey()
                    : Optional.of(referencedColumns.stream().map(Ident::name).toList());
        }

        /** Whether a primary key or a unique, non-partial index on plain columns has exactly these columns. */
        boolean hasMatchingUniqueKey() {
            if (referencedColumns.isEmpty()) {
                return referenced.primaryKey().isPresent();
            }
            Set<String> wanted = new HashSet<>();
            referencedColumns.forEach(c -> wanted.add(c.name()));
            return wanted.size() == referencedColumns.size() && referenced.uniqueKeys().contains(wanted);
        }
    }

    private AddedForeignKeys() {
    }

    static List<AddedForeignKey> of(StatementContext context) {
        if (context.inDoBlock()) {
            return List.of();
        }
        Command command = context.statement().command();
        if (command instanceof Command.CreateTable create) {
            return ofCreate(context, create);
        }
        if (command instanceof Command.AlterTable alter) {
            return ofAlter(context, alter);
        }
        return List.of();
    }

    private static List<AddedForeignKey> ofCreate(StatementContext context, Command.CreateTable create) {
        boolean addsForeignKey = create.constraints().stream().anyMatch(AddedForeignKeys::isForeignKey)
                || create.columns().stream()
                        .anyMatch(c -> c.inline().stream().anyMatch(AddedForeignKeys::isForeignKey));
        if (!addsForeignKey || create.asSelect() || create.partitionOf().isPresent() || !create.like().isEmpty()) {
            return List.of();
        }
        Optional<QualifiedName> name = CreationSchema.qualify(context.catalog(), create.name().schema(),
                create.name().name());
        if (name.isEmpty()) {
            return List.of();
        }
        Map<String, String> types = new LinkedHashMap<>();
        List<Command.ConstraintDef> all = new ArrayList<>(create.constraints());
        for (Command.ColumnDef col : create.columns()) {
            types.put(col.name().name(), columnType(col));
            all.addAll(col.inline());
        }
        KeyTable self = withKeys(new KeyTable(name.get(), types, Optional.empty(), List.of()), all);
        List<AddedForeignKey> keys = new ArrayList<>();
        for (Command.ConstraintDef def : all) {
            if (def.kind() == ConstraintKind.FOREIGN_KEY) {
                foreignKey(context, self, def).ifPresent(keys::add);
            }
        }
        return keys;
    }

    private static List<AddedForeignKey> ofAlter(StatementContext context, Command.AlterTable alter) {
        // Most statements of a history are ALTER TABLEs that add no key: answer them before copying the table's
        // columns and keys, which two rules would otherwise do for every such statement.
        boolean addsForeignKey = alter.actions().stream().anyMatch(a ->
                a instanceof AlterAction.AddConstraint constraint && isForeignKey(constraint.constraint())
                        || a instanceof AlterAction.AddColumn column
                        && column.column().inline().stream().anyMatch(AddedForeignKeys::isForeignKey));
        if (!addsForeignKey) {
            return List.of();
        }
        Optional<Table> table = context.catalog().resolveTable(alter.table().schema(), alter.table().name());
        if (table.isEmpty() || !context.catalog().columnsKnown(table.get())) {
            return List.of();
        }
        Map<String, String> types = new LinkedHashMap<>();
        table.get().columns().forEach(c -> types.put(c.name(), c.type()));
        List<Command.ConstraintDef> added = new ArrayList<>();
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.AddColumn a) {
                types.put(a.column().name().name(), columnType(a.column()));
                added.addAll(a.column().inline());
            } else if (action instanceof AlterAction.AddConstraint a) {
                added.add(a.constraint());
            } else if (!(action instanceof AlterAction.SetNotNull || action instanceof AlterAction.SetDefault
                    || action instanceof AlterAction.DropDefault || action instanceof AlterAction.DropNotNull)) {
                // Drops, renames and type changes in the same statement: the model does not order the passes.
                return List.of();
            }
        }
        KeyTable self = withKeys(keyTable(context, table.get()), added);
        self = new KeyTable(self.name(), types, self.primaryKey(), self.uniqueKeys());
        List<AddedForeignKey> keys = new ArrayList<>();
        for (Command.ConstraintDef def : added) {
            if (def.kind() == ConstraintKind.FOREIGN_KEY) {
                foreignKey(context, self, def).ifPresent(keys::add);
            }
        }
        return keys;
    }

    private static boolean isForeignKey(Command.ConstraintDef def) {
        return def.kind() == ConstraintKind.FOREIGN_KEY;
    }

    private static Optional<AddedForeignKey> foreignKey(StatementContext context, KeyTable self,
                                                        Command.ConstraintDef def) {
        Command.Reference reference = def.references().orElseThrow();
        Optional<KeyTable> referenced;
        boolean selfReference = reference.table().name().equals(self.name().name())
                && reference.table().schema().map(s -> s.equals(self.name().schema())).orElse(true)
                && context.catalog().resolveTable(reference.table().schema(), reference.table().name())
                        .map(t -> t.name().equals(self.name())).orElse(true);
        if (selfReference) {
            referenced = Optional.of(self);
        } else {
            referenced = context.catalog().resolveTable(reference.table().schema(), reference.table().name())
                    .filter(t -> context.catalog().columnsKnown(t))
                    .map(t -> keyTable(context, t));
        }
        if (referenced.isEmpty()) {
            return Optional.empty();
        }
        KeyTable other = referenced.get();
        boolean known = def.columns().stream().allMatch(c -> self.columnTypes().containsKey(c.name()))
                && reference.columns().stream().allMatch(c -> other.columnTypes().containsKey(c.name()));
        if (!known) {
            return Optional.empty();
        }
        String name = def.name().map(Ident::name).orElseGet(() -> self.name().name() + "_"
                + String.join("_", def.columns().stream().map(Ident::name).toList()) + "_fkey");
        Span referencedSpan = reference.columns().isEmpty() ? reference.table().span()
                : new Span(reference.columns().get(0).span().start(),
                reference.columns().get(reference.columns().size() - 1).span().end());
        return Optional.of(new AddedForeignKey(name, def, def.columns(), self, other, reference.columns(),
                referencedSpan));
    }

    private static KeyTable keyTable(StatementContext context, Table table) {
        Map<String, String> types = new LinkedHashMap<>();
        table.columns().forEach(c -> types.put(c.name(), c.type()));
        Optional<List<String>> primaryKey = Optional.empty();
        List<Set<String>> unique = new ArrayList<>();
        for (Constraint c : context.catalog().constraintsOf(table.name())) {
            if (c.kind() == ConstraintKind.PRIMARY_KEY) {
                primaryKey = Optional.of(c.columns());
            }
            if (c.kind() == ConstraintKind.PRIMARY_KEY || c.kind() == ConstraintKind.UNIQUE) {
                unique.add(Set.copyOf(c.columns()));
            }
        }
        for (Index index : context.catalog().indexesOf(table.name())) {
            if (index.primary() && primaryKey.isEmpty()) {
                primaryKey = index.plainColumns();
            }
            if (index.unique() && index.valid() && index.predicate().isEmpty()) {
                index.plainColumns().ifPresent(cols -> unique.add(Set.copyOf(cols)));
            }
        }
        return new KeyTable(table.name(), types, primaryKey, unique);
    }

    /** The table with the primary and unique keys the statement itself adds. */
    private static KeyTable withKeys(KeyTable table, List<Command.ConstraintDef> defs) {
        Optional<List<String>> primaryKey = table.primaryKey();
        List<Set<String>> unique = new ArrayList<>(table.uniqueKeys());
        for (Command.ConstraintDef def : defs) {
            if (def.usingIndex().isPresent()) {
                continue;
            }
            List<String> cols = def.columns().stream().map(Ident::name).toList();
            if (def.kind() == ConstraintKind.PRIMARY_KEY) {
                primaryKey = Optional.of(cols);
            }
            if (def.kind() == ConstraintKind.PRIMARY_KEY || def.kind() == ConstraintKind.UNIQUE) {
                unique.add(Set.copyOf(cols));
            }
        }
        return new KeyTable(table.name(), table.columnTypes(), primaryKey, unique);
    }

    private static String columnType(Command.ColumnDef col) {
        String serial = SERIAL_TYPES.get(col.type().name());
        return serial != null ? serial : col.type().formatted();
    }
}
