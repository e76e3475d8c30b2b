package dev.driftguard.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A relation with columns: a table (plain, partitioned or foreign), a view or a materialized view.
 *
 * @param estimatedRows {@code pg_class.reltuples} when introspected (negative means never analysed)
 * @param sizeBytes     table, TOAST and index size in bytes when introspected, estimated from {@code relpages}
 * @param partitionKey  the key of a partitioned table
 * @param partitionOf   the partitioned table this table (or partitioned table) is a partition of
 */
public record Table(QualifiedName name, RelationKind kind, List<Column> columns, Optional<Long> estimatedRows,
                   Optional<Long> sizeBytes, Optional<PartitionKey> partitionKey, Optional<QualifiedName> partitionOf) {

    public Table {
        columns = List.copyOf(columns);
        partitionKey = partitionKey == null ? Optional.empty() : partitionKey;
        partitionOf = partitionOf == null ? Optional.empty() : partitionOf;
    }

    public Table(QualifiedName name, RelationKind kind, List<Column> columns, Optional<Long> estimatedRows,
                 Optional<Long> sizeBytes) {
        this(name, kind, columns, estimatedRows, sizeBytes, Optional.empty(), Optional.empty());
    }

    public static Table of(QualifiedName name, List<Column> columns) {
        return new Table(name, RelationKind.TABLE, columns, Optional.empty(), Optional.empty());
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, kind, newColumns, estimatedRows, sizeBytes, partitionKey, partitionOf);
    }

    public Table withName(QualifiedName newName) {
        return new Table(newName, kind, columns, estimatedRows, sizeBytes, partitionKey, partitionOf);
    }

    public Table withPartitionKey(Optional<PartitionKey> key) {
        return new Table(name, kind, columns, estimatedRows, sizeBytes, key, partitionOf);
    }

    /** The same table as a partition of {@code parent}, or detached from its parent when empty. */
    public Table withPartitionOf(Optional<QualifiedName> parent) {
        return new Table(name, kind, columns, estimatedRows, sizeBytes, partitionKey, parent);
    }
}
