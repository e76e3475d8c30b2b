package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.CatalogView;
import dev.driftguard.catalog.Column;
import dev.driftguard.catalog.ConstraintKind;
import dev.driftguard.catalog.PartitionKey;
import dev.driftguard.catalog.RelationKind;
import dev.driftguard.catalog.Table;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import dev.driftguard.sql.Command.ConstraintDef;
import dev.driftguard.sql.Expr;
import dev.driftguard.sql.Ident;
import dev.driftguard.sql.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What PostgreSQL refuses on a partitioned table.
 * <ul>
 *   <li>A primary key or unique constraint (or unique index) whose key columns leave out a column of the partition
 *   key: 0A000 (feature_not_supported) "unique constraint on partitioned table must include all partitioning
 *   columns" from {@code DefineIndex} ({@code indexcmds.c}). Only keys over plain columns are read: a partition key
 *   with expressions fails another way.</li>
 *   <li>{@code ALTER TABLE ONLY} on a partitioned table that has partitions: {@code DROP NOT NULL} fails with 42P16
 *   (invalid_table_definition) "cannot remove constraint from only the partitioned table when partitions exist"
 *   ({@code ATPrepDropNotNull}); {@code SET NOT NULL} of a nullable column that a partition has nullable too, and
 *   {@code ADD CONSTRAINT ... CHECK}, with 42P16 "constraint must be added to child tables too"
 *   ({@code ATExecCheckNotNull}, {@code ATAddCheckConstraint}, {@code tablecmds.c}). Predicted on PostgreSQL 16,
 *   where it was checked; PostgreSQL 18 records NOT NULL as constraints and answers otherwise.</li>
 * </ul>
 */
@RuleInfo(id = "partitioned-table-constraint", severity = Severity.ERROR,
        summary = "A primary key or unique constraint on a partitioned table that leaves out a partition key column, "
                + "or ALTER TABLE ONLY adding or removing NOT NULL or a CHECK on a partitioned table with partitions")
public final class PartitionedTableConstraintRule implements Rule {

    private static final String FEATURE_NOT_SUPPORTED = "0A000";
    private static final String INVALID_TABLE_DEFINITION = "42P16";
    /** The majors on which the {@code ONLY} failures were checked against a real server. */
    private static final Set<Integer> ONLY_CHECKED_MAJORS = Set.of(16);

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
                    .filter(t -> t.kind() == RelationKind.PARTITIONED_TABLE)
                    .ifPresent(t -> checkAlterTable(context, c, t));
        } else if (command instanceof Command.CreateIndex c && c.unique() && !c.concurrently()) {
            context.catalog().resolveTable(c.table().schema(), c.table().name())
                    .filter(t -> t.kind() == RelationKind.PARTITIONED_TABLE)
                    .ifPresent(t -> checkCreateIndex(context, c, t));
        }
    }

    /**
     * A {@code CREATE TABLE ... PARTITION BY} whose columns are all written in it (no {@code LIKE}, {@code AS},
     * {@code PARTITION OF}); a name that is taken is skipped under {@code IF NOT EXISTS} and fails otherwise.
     */
    private static void checkCreateTable(StatementContext context, Command.CreateTable create) {
        Optional<PartitionKey> key = create.partitionBy().filter(k -> !k.expressions());
        if (key.isEmpty() || create.asSelect() || create.partitionOf().isPresent() || !create.like().isEmpty()) {
            return;
        }
        CatalogView catalog = context.catalog();
        if (CreationSchema.qualify(catalog, create.name().schema(), create.name().name())
                .flatMap(n -> RelationNamespace.in(catalog, n)).isPresent()) {
            return;
        }
        Set<String> defined = create.columns().stream().map(c -> c.name().name()).collect(Collectors.toSet());
        if (!defined.containsAll(key.get().columns())) {
            return;
        }
        List<ConstraintDef> keys = new ArrayList<>();
        create.columns().forEach(col -> col.inline().stream().filter(PartitionedTableConstraintRule::isUnique)
                .forEach(keys::add));
        create.constraints().stream().filter(PartitionedTableConstraintRule::isUnique).forEach(keys::add);
        keys.sort(Comparator.comparingInt(k -> k.span().start()));
        if (keys.stream().anyMatch(k -> k.columns().stream().anyMatch(c -> !defined.contains(c.name())))) {
            return;
        }
        keys.stream().filter(k -> missing(key.get(), names(k.columns())).isPresent()).findFirst()
                .ifPresent(k -> reportKey(context, k, create.name().name(), key.get()));
    }

    private static void checkAlterTable(StatementContext context, Command.AlterTable alter, Table table) {
        if (alter.only() && ONLY_CHECKED_MAJORS.contains(context.targetMajor())
                && !context.catalog().partitionsOf(table.name()).isEmpty() && checkOnly(context, alter, table)) {
            return;
        }
        Optional<PartitionKey> key = plainKey(table);
        if (key.isEmpty() || alter.actions().stream().anyMatch(a -> a instanceof AlterAction.DropColumn
                || a instanceof AlterAction.RenameColumn || a instanceof AlterAction.AlterColumnType)) {
            return;
        }
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.AddConstraint add && isUnique(add.constraint())
                    && add.constraint().usingIndex().isEmpty()
                    && add.constraint().columns().stream().allMatch(c -> table.column(c.name()).isPresent())
                    && missing(key.get(), names(add.constraint().columns())).isPresent()) {
                reportKey(context, add.constraint(), table.name().name(), key.get());
                return;
            }
        }
    }

    /**
     * The {@code ONLY} failures, in the order PostgreSQL meets them; true when one was reported. Each needs the
     * column it names on the table, so that a missing column (42703) is not mistaken for it.
     */
    private static boolean checkOnly(StatementContext context, Command.AlterTable alter, Table table) {
        List<Table> partitions = context.catalog().partitionsOf(table.name());
        String hint = "drop ONLY, so that the change reaches the partitions too (ALTER TABLE \""
                + table.name().name() + "\" ...)";
        // DROP NOT NULL fails while ALTER TABLE prepares its actions, before any of them runs.
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.DropNotNull drop && table.column(drop.column().name()).isPresent()) {
                context.reportFailure(alter.table().span(), "cannot remove constraint from only the partitioned "
                        + "table when partitions exist: \"" + table.name().name() + "\" has "
                        + partitionList(partitions), hint, INVALID_TABLE_DEFINITION);
                return true;
            }
        }
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.SetNotNull set) {
                String column = set.column().name();
                Optional<Table> nullable = partitions.stream().filter(p -> p.column(column)
                        .map(Column::nullable).orElse(false)).findFirst();
                if (table.column(column).map(Column::nullable).orElse(false) && nullable.isPresent()) {
                    context.reportFailure(alter.table().span(), "constraint must be added to child tables too: "
                                    + "column \"" + column + "\" of partition \"" + nullable.get().name().name()
                                    + "\" is not already NOT NULL", hint, INVALID_TABLE_DEFINITION);
                    return true;
                }
            } else if (action instanceof AlterAction.AddConstraint add
                    && add.constraint().kind() == ConstraintKind.CHECK && newName(context, table, add.constraint())) {
                context.reportFailure(alter.table().span(), "constraint must be added to child tables too: a CHECK "
                                + "added with ONLY to \"" + table.name().name() + "\", which has "
                                + partitionList(partitions), hint, INVALID_TABLE_DEFINITION);
                return true;
            }
        }
        return false;
    }

    /** A CHECK named like an existing constraint fails on the name (42710) or merges with it. */
    private static boolean newName(StatementContext context, Table table, ConstraintDef check) {
        return check.name().map(n -> context.catalog().constraintsOf(table.name()).stream()
                .noneMatch(c -> c.name().equals(n.name()))).orElse(true);
    }

    /**
     * {@code CREATE UNIQUE INDEX} (with {@code ONLY} or without): its key columns, not its {@code INCLUDE} columns,
     * must hold the partition key. A name that is taken fails or is skipped before, and so does a missing column.
     */
    private static void checkCreateIndex(StatementContext context, Command.CreateIndex create, Table table) {
        Optional<PartitionKey> key = plainKey(table);
        if (key.isEmpty() || create.name().flatMap(n -> context.catalog().resolveIndex(
                Optional.of(table.name().schema()), n.name())).isPresent()) {
            return;
        }
        List<String> columns = new ArrayList<>();
        for (Command.IndexKey k : create.keys()) {
            if (!(k.expression() instanceof Expr.ColumnRef ref) || table.column(ref.column()).isEmpty()) {
                return;
            }
            columns.add(ref.column());
        }
        Optional<String> lacks = missing(key.get(), columns);
        if (lacks.isPresent()) {
            Span keys = create.keys().get(0).span().union(create.keys().get(create.keys().size() - 1).span());
            context.reportFailure(keys, "unique constraint on partitioned table must include all partitioning "
                            + "columns: this unique index on \"" + table.name().name() + "\" lacks column \""
                            + lacks.get() + "\", which is part of the partition key " + columnList(key.get().columns()),
                    "add " + columnList(key.get().columns()) + " to the index's columns, or make it a plain index",
                    FEATURE_NOT_SUPPORTED);
        }
    }

    private static void reportKey(StatementContext context, ConstraintDef key, String table, PartitionKey partitionKey) {
        String kind = key.kind() == ConstraintKind.PRIMARY_KEY ? "PRIMARY KEY" : "UNIQUE";
        List<Ident> columns = key.columns();
        Span span = columns.get(0).span().union(columns.get(columns.size() - 1).span());
        context.reportFailure(span, "unique constraint on partitioned table must include all partitioning columns: "
                        + kind + " constraint on table \"" + table + "\" lacks column \""
                        + missing(partitionKey, names(columns)).orElseThrow() + "\", which is part of the partition key "
                        + columnList(partitionKey.columns()),
                "add " + columnList(partitionKey.columns()) + " to the " + kind + " columns (every partition "
                        + "enforces it on its own rows only), or make it a plain index",
                FEATURE_NOT_SUPPORTED);
    }

    /** The table's partition key, when every part of it is a column the table has. */
    private static Optional<PartitionKey> plainKey(Table table) {
        return table.partitionKey().filter(k -> !k.expressions() && !k.columns().isEmpty()
                && k.columns().stream().allMatch(c -> table.column(c).isPresent()));
    }

    private static Optional<String> missing(PartitionKey key, List<String> columns) {
        Predicate<String> absent = c -> !columns.contains(c);
        return key.columns().stream().filter(absent).findFirst();
    }

    private static boolean isUnique(ConstraintDef def) {
        return (def.kind() == ConstraintKind.PRIMARY_KEY || def.kind() == ConstraintKind.UNIQUE)
                && !def.columns().isEmpty();
    }

    private static List<String> names(List<Ident> idents) {
        return idents.stream().map(Ident::name).toList();
    }

    private static String partitionList(List<Table> partitions) {
        return (partitions.size() == 1 ? "partition " : "partitions ")
                + partitions.stream().map(p -> "\"" + p.name().name() + "\"").sorted().collect(Collectors.joining(", "));
    }

    private static String columnList(List<String> columns) {
        return columns.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", ", "(", ")"));
    }
}
