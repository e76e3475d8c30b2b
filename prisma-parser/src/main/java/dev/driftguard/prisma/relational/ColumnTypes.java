package dev.driftguard.prisma.relational;

import dev.driftguard.prisma.model.FieldKind;
import dev.driftguard.prisma.model.NativeTypes;
import dev.driftguard.prisma.model.PrismaEnum;
import dev.driftguard.prisma.model.PrismaField;
import java.util.Map;
import java.util.Optional;

/** The PostgreSQL type of a column, as {@code format_type} prints it once Prisma's migration has run. */
final class ColumnTypes {

    private static final Map<String, String> SCALARS = Map.of(
            "String", "text",
            "Boolean", "boolean",
            "Int", "integer",
            "BigInt", "bigint",
            "Float", "double precision",
            "Decimal", "numeric(65,30)",
            "DateTime", "timestamp(3) without time zone",
            "Json", "jsonb",
            "Bytes", "bytea");

    /** How Prisma spells the same types in its migration SQL, for the casts of list defaults. */
    private static final Map<String, String> DDL_SCALARS = Map.of(
            "String", "TEXT",
            "Boolean", "BOOLEAN",
            "Int", "INTEGER",
            "BigInt", "BIGINT",
            "Float", "DOUBLE PRECISION",
            "Decimal", "DECIMAL(65,30)",
            "DateTime", "TIMESTAMP(3)",
            "Json", "JSONB",
            "Bytes", "BYTEA");

    private ColumnTypes() {
    }

    static String formatType(PrismaField field, Optional<PrismaEnum> enumType, String defaultSchema) {
        String base;
        if (field.kind() == FieldKind.UNSUPPORTED) {
            base = field.type();
        } else if (field.kind() == FieldKind.ENUM) {
            base = enumType.map(e -> typeName(e, defaultSchema)).orElse(PostgresNames.quoteIdent(field.type()));
        } else {
            base = field.nativeType()
                    .flatMap(n -> NativeTypes.byName(n.name()).map(t -> t.formatType(n.arguments())))
                    .orElse(SCALARS.getOrDefault(field.type(), "text"));
        }
        return field.list() ? base + "[]" : base;
    }

    /** An enum's type name: qualified when it is not in the default schema, as {@code format_type} qualifies it. */
    static String typeName(PrismaEnum enumType, String defaultSchema) {
        String name = PostgresNames.quoteIdent(enumType.dbName());
        String schema = enumType.schema().orElse(defaultSchema);
        return schema.equals("public") ? name : PostgresNames.quoteIdent(schema) + "." + name;
    }

    /** The type in Prisma's DDL spelling, e.g. {@code TEXT}, {@code VARCHAR(255)}, {@code "Role"}. */
    static String ddlType(PrismaField field, Optional<PrismaEnum> enumType) {
        if (field.kind() == FieldKind.ENUM) {
            return enumType.map(e -> "\"" + e.dbName() + "\"").orElse("\"" + field.type() + "\"");
        }
        return field.nativeType()
                .map(n -> n.name().toUpperCase(java.util.Locale.ROOT)
                        + (n.arguments().isEmpty() ? "" : "(" + String.join(",", n.arguments()) + ")"))
                .orElse(DDL_SCALARS.getOrDefault(field.type(), field.type()));
    }
}
