package dev.driftguard.catalog;

import java.util.Optional;

/**
 * A row-level security policy that reads a relation, or one column of it, in its {@code USING} or
 * {@code WITH CHECK} expression ({@code pg_depend} entries of the policy). PostgreSQL records these as normal
 * dependencies: while the policy exists it refuses to drop a column the policy reads, or a relation it reads other
 * than its own table (2BP01), and to change the type of such a column (0A000, "cannot alter type of a column used
 * in a policy definition"). Dropping the policy's own table drops the policy with it.
 *
 * @param table    the table the policy is on
 * @param policy   the policy's name, unique per table
 * @param relation what it reads: its own table or one named in a subquery
 * @param column   the column read; empty when the policy depends on the relation as a whole
 */
public record PolicyDependency(QualifiedName table, String policy, QualifiedName relation, Optional<String> column) {
}
