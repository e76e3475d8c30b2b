package dev.driftguard.prisma.model;

import dev.driftguard.prisma.ast.Span;
import java.util.List;
import java.util.Optional;

/**
 * A model (or view) with its table name ({@code @@map}), its fields and its keys and indexes.
 *
 * @param dbName  the table: {@code @@map} or else the model name
 * @param schema  the {@code @@schema}, when the datasource lists schemas
 * @param indexes unique and normal indexes, field-level ones first, in declaration order
 * @param ignored  {@code @@ignore}: left out of the client, still a table
 */
public record PrismaModel(String name, String dbName, Optional<String> schema, boolean view, boolean ignored,
                          List<PrismaField> fields, Optional<PrimaryKey> primaryKey, List<ModelIndex> indexes,
                          List<String> documentation, Span nameSpan) {

    public PrismaModel {
        fields = List.copyOf(fields);
        indexes = List.copyOf(indexes);
        documentation = List.copyOf(documentation);
    }

    public Optional<PrismaField> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    /** Fields that are columns: everything but relation fields. */
    public List<PrismaField> columns() {
        return fields.stream().filter(f -> f.kind() != FieldKind.RELATION).toList();
    }
}
