package dev.driftguard.catalog;

/** {@code pg_constraint.contype}. */
public enum ConstraintKind {
    PRIMARY_KEY, UNIQUE, FOREIGN_KEY, CHECK, EXCLUSION, NOT_NULL
}
