package dev.driftguard.prisma.model;

import dev.driftguard.prisma.ast.Span;
import java.util.List;
import java.util.Optional;

/** {@code @id} or {@code @@id([...], name:, map:)}. */
public record PrimaryKey(List<IndexField> fields, Optional<String> clientName, Optional<String> dbName,
                         boolean definedOnField, Span span) {

    public PrimaryKey {
        fields = List.copyOf(fields);
    }

    public List<String> fieldNames() {
        return fields.stream().map(IndexField::name).toList();
    }
}
