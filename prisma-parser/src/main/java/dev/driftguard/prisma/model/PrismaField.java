package dev.driftguard.prisma.model;

import dev.driftguard.prisma.ast.Expression;
import dev.driftguard.prisma.ast.Span;
import java.util.List;
import java.util.Optional;

/**
 * A field.
 *
 * @param dbName       the column: {@code @map} or else the field name
 * @param type         the scalar, enum or model name; for {@code Unsupported("x")} the raw type {@code x}
 * @param required     false for {@code Type?}; lists are required, as in the DMMF
 * @param nativeType   {@code @db.VarChar(255)} as {@code VarChar} with {@code ["255"]}
 * @param defaultValue the argument of {@code @default}
 * @param id           {@code @id} on this field
 * @param unique       {@code @unique} on this field
 * @param relation     for a relation field, the relation it is one side of
 * @param ignored      {@code @ignore}: left out of the client, still a column
 */
public record PrismaField(String name, String dbName, FieldKind kind, String type, boolean list, boolean required,
                          Optional<NativeType> nativeType, Optional<Expression> defaultValue, boolean updatedAt,
                          boolean id, boolean unique, Optional<Relation> relation, boolean ignored,
                          List<String> documentation,
                          Span span) {

    public PrismaField {
        documentation = List.copyOf(documentation);
    }

    /** A database type given with {@code @db.Name(args)}. */
    public record NativeType(String name, List<String> arguments) {
        public NativeType {
            arguments = List.copyOf(arguments);
        }
    }
}
