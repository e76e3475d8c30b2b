package dev.driftguard.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A table constraint.
 *
 * @param columns           constrained columns, in order
 * @param referencedTable   for a foreign key, the referenced table
 * @param referencedColumns for a foreign key, the referenced columns
 * @param onDelete          for a foreign key: {@code NO ACTION}, {@code RESTRICT}, {@code CASCADE}, {@code SET NULL}, {@code SET DEFAULT}
 * @param onUpdate          likewise for updates
 * @param definition        {@code pg_get_constraintdef} text, or the check expression as written
 * @param validated         false for a constraint added {@code NOT VALID} and not validated since
 */
public record Constraint(String name, QualifiedName table, ConstraintKind kind, List<String> columns,
                         Optional<QualifiedName> referencedTable, List<String> referencedColumns,
                         Optional<String> onDelete, Optional<String> onUpdate, Optional<String> definition,
                         boolean validated) {

    public Constraint {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }

    public static Constraint simple(String name, QualifiedName table, ConstraintKind kind, List<String> columns) {
        return new Constraint(name, table, kind, columns, Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), true);
    }

    public Constraint withTable(QualifiedName newTable) {
        return new Constraint(name, newTable, kind, columns, referencedTable, referencedColumns, onDelete, onUpdate,
                definition, validated);
    }
}
