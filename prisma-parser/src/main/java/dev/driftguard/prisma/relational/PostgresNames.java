package dev.driftguard.prisma.relational;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names as Prisma derives them for PostgreSQL ({@code Table_col_key}, ...) and identifiers as PostgreSQL quotes them.
 */
public final class PostgresNames {

    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_$]*");

    /** PostgreSQL's {@code NAMEDATALEN - 1}: the longest identifier, in bytes. */
    public static final int MAX_IDENTIFIER_BYTES = 63;

    /**
     * Keywords {@code quote_ident} quotes: every keyword PostgreSQL does not list as unreserved, so that the names
     * printed by {@code format_type} can be matched exactly.
     */
    private static final Set<String> QUOTED_KEYWORDS = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "between",
            "bigint", "binary", "bit", "boolean", "both", "case", "cast", "char", "character", "check", "coalesce",
            "collate", "collation", "column", "concurrently", "constraint", "create", "cross", "current_catalog",
            "current_date", "current_role", "current_schema", "current_time", "current_timestamp", "current_user",
            "dec", "decimal", "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "exists",
            "extract", "false", "fetch", "float", "for", "foreign", "freeze", "from", "full", "grant", "greatest",
            "group", "grouping", "having", "ilike", "in", "initially", "inner", "inout", "int", "integer", "intersect",
            "interval", "into", "is", "isnull", "join", "json", "lateral", "leading", "least", "left", "like", "limit",
            "localtime", "localtimestamp", "national", "natural", "nchar", "none", "normalize", "not", "notnull",
            "null", "nullif", "numeric", "offset", "on", "only", "or", "order", "out", "outer", "overlaps", "overlay",
            "placing", "position", "precision", "primary", "real", "references", "returning", "right", "row",
            "select", "session_user", "setof", "similar", "smallint", "some", "substring", "symmetric", "system_user",
            "table", "tablesample", "then", "time", "timestamp", "to", "trailing", "treat", "trim", "true", "union",
            "unique", "user", "using", "values", "varchar", "variadic", "verbose", "when", "where", "window", "with",
            "xmlattributes", "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi",
            "xmlroot", "xmlserialize", "xmltable");

    private PostgresNames() {
    }

    /** {@code quote_ident}: as is when it is a lower-case, non-reserved identifier, else in double quotes. */
    public static String quoteIdent(String identifier) {
        boolean plain = !identifier.isEmpty() && PLAIN_IDENTIFIER.matcher(identifier).matches()
                && !QUOTED_KEYWORDS.contains(identifier);
        return plain ? identifier : "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /**
     * The name as PostgreSQL stores it: an identifier longer than 63 bytes is cut to 63 bytes (at a character
     * boundary), with only a notice, so {@code @map("...")} names past the limit end up shorter in the catalog.
     */
    public static String stored(String identifier) {
        return truncate(identifier, MAX_IDENTIFIER_BYTES);
    }

    /** {@code Table_pkey}. */
    public static String primaryKey(String table) {
        return truncate(table, MAX_IDENTIFIER_BYTES - "_pkey".length()) + "_pkey";
    }

    /** {@code Table_a_b_key}. */
    public static String uniqueIndex(String table, List<String> columns) {
        return truncate(table + "_" + String.join("_", columns), MAX_IDENTIFIER_BYTES - "_key".length()) + "_key";
    }

    /** {@code Table_a_b_idx}. */
    public static String index(String table, List<String> columns) {
        return truncate(table + "_" + String.join("_", columns), MAX_IDENTIFIER_BYTES - "_idx".length()) + "_idx";
    }

    /** {@code Table_a_b_fkey}, named after the referencing table and columns. */
    public static String foreignKey(String table, List<String> columns) {
        return truncate(table + "_" + String.join("_", columns), MAX_IDENTIFIER_BYTES - "_fkey".length()) + "_fkey";
    }

    /**
     * The sequence PostgreSQL creates for a {@code serial} column: {@code table_column_seq}, with the table and column
     * shortened alike, as {@code ChooseRelationName} does, when the whole would pass 63 bytes.
     */
    static String truncateSequence(String table, String column) {
        String t = table;
        String c = column;
        int overflow = (t + "_" + c + "_seq").getBytes(StandardCharsets.UTF_8).length - MAX_IDENTIFIER_BYTES;
        while (overflow > 0) {
            if (t.length() > c.length()) {
                t = t.substring(0, t.length() - 1);
            } else {
                c = c.substring(0, c.length() - 1);
            }
            overflow--;
        }
        return t + "_" + c + "_seq";
    }

    /**
     * Prisma's truncation: a name of {@code limit} bytes or more is cut to {@code limit} bytes, at a character
     * boundary, before the suffix is added.
     */
    static String truncate(String name, int limit) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= limit) {
            return name;
        }
        int end = limit;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }
}
