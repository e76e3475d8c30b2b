package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.CatalogView;
import dev.driftguard.catalog.Constraint;
import dev.driftguard.catalog.ConstraintKind;
import dev.driftguard.catalog.Table;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import dev.driftguard.sql.Command.ConstraintDef;
import dev.driftguard.sql.Ident;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A table gets a second primary key, or loses NOT NULL on a column of its key. PostgreSQL refuses both with 42P16
 * (invalid_table_definition): "multiple primary keys for table ... are not allowed" from {@code transformIndexConstraint}
 * ({@code parse_utilcmd.c}) when one {@code CREATE TABLE} declares two, and from {@code index_check_primary_key}
 * ({@code index.c}) when {@code ALTER TABLE} adds one to a table that has one; "column ... is in a primary key" from
 * {@code ATExecDropNotNull} ({@code tablecmds.c}).
 */
@RuleInfo(id = "primary-key-conflict", severity = Severity.ERROR,
        summary = "A second primary key for a table (ADD PRIMARY KEY on a table that has one, two in one CREATE "
                + "TABLE), or DROP NOT NULL on a column of the primary key")
public final class PrimaryKeyConflictRule implements Rule {

    private static final String INVALID_TABLE_DEFINITION = "42P16";

    @Override
    public void checkStatement(StatementContext context) {
        if (context.inDoBlock()) {
            return;
        }
        Command command = context.statement().command();
        if (command instanceof Command.CreateTable c) {
            checkCreateTable(context, c);
        } else if (command instanceof Command.AlterTable c) {
            context.catalog().resolveTable(c.table().schema(), c.table().name())
                    .ifPresent(t -> checkAlterTable(context, c, t));
        }
    }

    /**
     * PostgreSQL reads a table's elements in the order written, the constraints of a column with the column, and
     * names the second primary key. A {@code CREATE TABLE IF NOT EXISTS} of a name that is taken reads nothing.
     */
    private static void checkCreateTable(StatementContext context, Command.CreateTable create) {
        CatalogView catalog = context.catalog();
        boolean skipped = create.ifNotExists() && CreationSchema.qualify(catalog, create.name().schema(),
                create.name().name()).flatMap(n -> RelationNamespace.in(catalog, n)).isPresent();
        if (skipped) {
            return;
        }
        List<ConstraintDef> keys = new ArrayList<>();
        create.columns().forEach(col -> col.inline().stream().filter(PrimaryKeyConflictRule::isPrimaryKey)
                .forEach(keys::add));
        create.constraints().stream().filter(PrimaryKeyConflictRule::isPrimaryKey).forEach(keys::add);
        if (keys.size() < 2) {
            return;
        }
        keys.sort(Comparator.comparingInt(k -> k.span().start()));
        // A first key naming a column the statement does not define fails on that column instead (42703 or 42701).
        Set<String> defined = create.columns().stream().map(c -> c.name().name()).collect(Collectors.toSet());
        ConstraintDef first = keys.get(0);
        if (!validColumns(first, defined::contains)) {
            return;
        }
        context.reportFailure(keys.get(1).span(), "multiple primary keys for table \"" + create.name().name()
                        + "\" are not allowed: the statement already declares one on "
                        + columnList(first.columns().stream().map(Ident::name).toList()),
                "declare one PRIMARY KEY, listing every column of a composite key in it, and make the other UNIQUE",
                INVALID_TABLE_DEFINITION);
    }

    private static void checkAlterTable(StatementContext context, Command.AlterTable alter, Table table) {
        boolean dropsNotNull = alter.actions().stream().anyMatch(AlterAction.DropNotNull.class::isInstance);
        if (!dropsNotNull && alter.actions().stream().noneMatch(PrimaryKeyConflictRule::addsKey)) {
            return;
        }
        Optional<KnownKey> known = knownKey(context.catalog(), table);
        if (known.isEmpty()) {
            return;
        }
        Optional<Constraint> kept = known.get().key().filter(k -> !dropsKey(alter, k));
        if (kept.isPresent() && dropsNotNull) {
            // DROP NOT NULL runs in the first pass of ALTER TABLE, before any key is added.
            Constraint key = kept.get();
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.DropNotNull drop && keyColumn(table, key, drop.column())) {
                    context.reportFailure(drop.column().span(), "column \"" + drop.column().name()
                                    + "\" is in a primary key: \"" + key.name() + "\" on " + columnList(key.columns())
                                    + " keeps it NOT NULL",
                            "leave the column NOT NULL, or drop the primary key first (DROP CONSTRAINT \""
                                    + key.name() + "\" before DROP NOT NULL, in this statement or an earlier one)",
                            INVALID_TABLE_DEFINITION);
                    return;
                }
            }
        }
        List<ConstraintDef> refused = refusedKeys(context.catalog(), table, alter);
        if (refused.isEmpty()) {
            return;
        }
        String multiple = "multiple primary keys for table \"" + table.name().name() + "\" are not allowed: ";
        if (kept.isPresent()) {
            context.reportFailure(refused.get(0).span(), multiple + "it already has \"" + kept.get().name() + "\" on "
                            + columnList(kept.get().columns()),
                    "drop the old key first, in this statement or an earlier one (DROP CONSTRAINT \""
                            + kept.get().name() + "\", ADD PRIMARY KEY (...)), or make this key UNIQUE",
                    INVALID_TABLE_DEFINITION);
        } else {
            context.reportFailure(refused.get(0).span(), multiple + "this statement already adds one",
                    "add one primary key, listing every column of a composite key in it, and make the other UNIQUE",
                    INVALID_TABLE_DEFINITION);
        }
    }

    /**
     * The primary keys an {@code ALTER TABLE} adds that PostgreSQL refuses with 42P16, in the order written: each one
     * added while the table has a key. ALTER TABLE runs its actions in passes, drops first, then new columns, then
     * keys, so a key dropped anywhere in the statement (by name, or with one of its columns) makes room for one new
     * key, and a key may name a column the statement adds. Empty when the model does not know the table's key, and
     * when a key would fail for another reason first: a column it names is not there or named twice, {@code NOT
     * VALID}, {@code USING INDEX} (which has failures of its own), a column added that the table has.
     */
    static List<ConstraintDef> refusedKeys(CatalogView catalog, Table table, Command.AlterTable alter) {
        if (alter.actions().stream().noneMatch(PrimaryKeyConflictRule::addsKey)) {
            return List.of();
        }
        Optional<KnownKey> known = knownKey(catalog, table);
        if (known.isEmpty()) {
            return List.of();
        }
        boolean hasKey = known.get().key().filter(k -> !dropsKey(alter, k)).isPresent();
        Set<String> droppedColumns = new HashSet<>();
        alter.actions().stream().filter(AlterAction.DropColumn.class::isInstance)
                .forEach(a -> droppedColumns.add(((AlterAction.DropColumn) a).column().name()));
        Set<String> addedColumns = new HashSet<>();
        Predicate<String> present = c -> addedColumns.contains(c)
                || (!droppedColumns.contains(c) && table.column(c).isPresent());
        List<AlterAction.AddColumn> added = new ArrayList<>();
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.AddColumn add) {
                String column = add.column().name().name();
                if (!present.test(column)) {
                    addedColumns.add(column);
                    added.add(add);
                } else if (!add.ifNotExists()) {
                    return List.of();
                }
            }
        }
        List<ConstraintDef> refused = new ArrayList<>();
        for (AlterAction action : alter.actions()) {
            List<ConstraintDef> keys;
            if (action instanceof AlterAction.AddConstraint add && isPrimaryKey(add.constraint())) {
                keys = List.of(add.constraint());
            } else if (action instanceof AlterAction.AddColumn add && added.contains(add)) {
                keys = add.column().inline().stream().filter(PrimaryKeyConflictRule::isPrimaryKey).toList();
            } else {
                continue;
            }
            for (ConstraintDef def : keys) {
                if (def.notValid() || def.usingIndex().isPresent() || !validColumns(def, present)) {
                    return List.of();
                }
                if (hasKey) {
                    refused.add(def);
                }
                hasKey = true;
            }
        }
        return refused;
    }

    private static boolean addsKey(AlterAction action) {
        return action instanceof AlterAction.AddConstraint constraint && isPrimaryKey(constraint.constraint())
                || action instanceof AlterAction.AddColumn column && column.column().inline().stream()
                .anyMatch(PrimaryKeyConflictRule::isPrimaryKey);
    }

    /** @param key the table's primary key; empty when it has none */
    private record KnownKey(Optional<Constraint> key) {
    }

    /**
     * The table's primary key, when the model knows it: at most one, on columns the table has. A key on columns the
     * table does not have is a model that lost track of the table, and nothing is said about it.
     */
    private static Optional<KnownKey> knownKey(CatalogView catalog, Table table) {
        List<Constraint> keys = catalog.constraintsOf(table.name()).stream()
                .filter(c -> c.kind() == ConstraintKind.PRIMARY_KEY).toList();
        if (keys.size() > 1 || keys.stream().anyMatch(k -> k.columns().isEmpty()
                || !k.columns().stream().allMatch(c -> table.column(c).isPresent()))) {
            return Optional.empty();
        }
        return Optional.of(new KnownKey(keys.stream().findFirst()));
    }

    /** The statement drops the key by name, or drops one of its columns (which takes the key along). */
    private static boolean dropsKey(Command.AlterTable alter, Constraint key) {
        return alter.actions().stream().anyMatch(a ->
                (a instanceof AlterAction.DropConstraint constraint && constraint.name().name().equals(key.name()))
                        || (a instanceof AlterAction.DropColumn column
                        && key.columns().contains(column.column().name())));
    }

    /**
     * A NOT NULL column of the key. An identity column fails first for being one (42601); a column the model holds
     * as nullable cannot be in a key, whatever the model says of the key.
     */
    private static boolean keyColumn(Table table, Constraint key, Ident column) {
        return key.columns().contains(column.name()) && table.column(column.name())
                .filter(c -> !c.nullable() && c.identity().isEmpty()).isPresent();
    }

    private static boolean isPrimaryKey(ConstraintDef def) {
        return def.kind() == ConstraintKind.PRIMARY_KEY;
    }

    /** Every column the key names is there, and none twice. */
    private static boolean validColumns(ConstraintDef key, Predicate<String> present) {
        Set<String> seen = new HashSet<>();
        return key.columns().stream().allMatch(c -> present.test(c.name()) && seen.add(c.name()));
    }

    private static String columnList(List<String> columns) {
        return columns.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", ", "(", ")"));
    }
}
