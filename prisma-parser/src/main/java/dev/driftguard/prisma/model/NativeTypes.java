package dev.driftguard.prisma.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PostgreSQL connector's native types ({@code @db.*}): which scalar each fits, how many arguments it takes and how
 * {@code format_type} prints the column type Prisma creates for it.
 */
public enum NativeTypes {
    TEXT("Text", "String", 0, 0, "text"),
    CHAR("Char", "String", 0, 1, "character"),
    VAR_CHAR("VarChar", "String", 0, 1, "character varying"),
    BIT("Bit", "String", 0, 1, "bit"),
    VAR_BIT("VarBit", "String", 0, 1, "bit varying"),
    UUID("Uuid", "String", 0, 0, "uuid"),
    XML("Xml", "String", 0, 0, "xml"),
    INET("Inet", "String", 0, 0, "inet"),
    CITEXT("Citext", "String", 0, 0, "citext"),
    BOOLEAN("Boolean", "Boolean", 0, 0, "boolean"),
    INTEGER("Integer", "Int", 0, 0, "integer"),
    SMALL_INT("SmallInt", "Int", 0, 0, "smallint"),
    OID("Oid", "Int", 0, 0, "oid"),
    BIG_INT("BigInt", "BigInt", 0, 0, "bigint"),
    DOUBLE_PRECISION("DoublePrecision", "Float", 0, 0, "double precision"),
    REAL("Real", "Float", 0, 0, "real"),
    DECIMAL("Decimal", "Decimal", 0, 2, "numeric"),
    MONEY("Money", "Decimal", 0, 0, "money"),
    TIMESTAMP("Timestamp", "DateTime", 0, 1, "timestamp%s without time zone"),
    TIMESTAMPTZ("Timestamptz", "DateTime", 0, 1, "timestamp%s with time zone"),
    DATE("Date", "DateTime", 0, 0, "date"),
    TIME("Time", "DateTime", 0, 1, "time%s without time zone"),
    TIMETZ("Timetz", "DateTime", 0, 1, "time%s with time zone"),
    JSON("Json", "Json", 0, 0, "json"),
    JSONB("JsonB", "Json", 0, 0, "jsonb"),
    BYTEA("ByteA", "Bytes", 0, 0, "bytea");

    private static final Map<String, NativeTypes> BY_NAME = Map.ofEntries(
            java.util.Arrays.stream(values()).map(t -> Map.entry(t.prismaName, t)).toArray(Map.Entry[]::new));

    private final String prismaName;
    private final String scalar;
    private final int minArguments;
    private final int maxArguments;
    private final String formatted;

    NativeTypes(String prismaName, String scalar, int minArguments, int maxArguments, String formatted) {
        this.prismaName = prismaName;
        this.scalar = scalar;
        this.minArguments = minArguments;
        this.maxArguments = maxArguments;
        this.formatted = formatted;
    }

    public static Optional<NativeTypes> byName(String prismaName) {
        return Optional.ofNullable(BY_NAME.get(prismaName));
    }

    /** The Prisma scalar a field must have to use this native type. */
    public String scalar() {
        return scalar;
    }

    public int minArguments() {
        return minArguments;
    }

    public int maxArguments() {
        return maxArguments;
    }

    /**
     * The column type as {@code format_type} prints it, e.g. {@code character varying(255)},
     * {@code timestamp(6) with time zone}, {@code numeric(10,2)}. {@code Char} without a length is {@code character(1)},
     * as PostgreSQL creates it.
     */
    public String formatType(List<String> arguments) {
        String args = arguments.isEmpty() ? "" : "(" + String.join(",", arguments) + ")";
        if (formatted.contains("%s")) {
            return String.format(formatted, args);
        }
        if (this == CHAR && arguments.isEmpty()) {
            return "character(1)";
        }
        return formatted + args;
    }
}
