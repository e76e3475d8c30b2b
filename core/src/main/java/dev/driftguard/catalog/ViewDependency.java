package dev.driftguard.catalog;

import java.util.Optional;

/**
 * A view or materialized view that reads a relation, or one column of it ({@code pg_depend} entries of the view's
 * rewrite rule). While it exists, PostgreSQL refuses to drop what it reads (2BP01) or change the type of a column it
 * reads (0A000), unless {@code CASCADE} drops the view too.
 *
 * @param column the column read; empty when the view depends on the relation as a whole
 */
public record ViewDependency(QualifiedName view, QualifiedName relation, Optional<String> column) {
}
