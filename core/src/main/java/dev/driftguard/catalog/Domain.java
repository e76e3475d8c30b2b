package dev.driftguard.catalog;

/** A domain over a base type. */
public record Domain(QualifiedName name, String baseType, boolean notNull) {
}
