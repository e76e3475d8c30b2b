package dev.driftguard.prisma.model;

import dev.driftguard.prisma.ast.Span;
import java.util.List;
import java.util.Optional;

/** An enum with its database name ({@code @@map}) and values' database names ({@code @map}). */
public record PrismaEnum(String name, String dbName, Optional<String> schema, List<Value> values,
                         List<String> documentation, Span nameSpan) {

    /** One value: its name in the schema and its label in the database. */
    public record Value(String name, String dbName) {
    }

    public PrismaEnum {
        values = List.copyOf(values);
        documentation = List.copyOf(documentation);
    }
}
