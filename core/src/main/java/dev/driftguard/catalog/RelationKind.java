package dev.driftguard.catalog;

/** {@code pg_class.relkind} values that hold rows or look like they do. */
public enum RelationKind {
    TABLE, PARTITIONED_TABLE, FOREIGN_TABLE, VIEW, MATERIALIZED_VIEW
}
