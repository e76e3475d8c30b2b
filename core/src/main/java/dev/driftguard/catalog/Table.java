package dev.driftguard.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A relation with columns: a table (plain, partitioned or foreign), a view or a materialized view.
 *
 * @param estimatedRows {@code pg_class.reltuples} when introspected (negative means never analysed)
 * @param sizeBytes     table, TOAST and index size in bytes when introspected, estimated from {@code relpages}
 */
public record Table(QualifiedName name, RelationKind kind, List<Column> columns, Optional<Long> estimatedRows,
                   Optional<Long> sizeBytes) {

    public Table {
        columns = List.copyOf(columns);
    }

    public static Table of(QualifiedName name, List<Column> columns) {
        return new Table(name, RelationKind.TABLE, columns, Optional.empty(), Optional.empty());
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, kind, newColumns, estimatedRows, sizeBytes);
    }

    public Table withName(QualifiedName newName) {
        return new Table(newName, kind, columns, estimatedRows, sizeBytes);
    }
}
