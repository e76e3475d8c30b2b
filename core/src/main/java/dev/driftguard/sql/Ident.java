package dev.driftguard.sql;

/**
 * An identifier after PostgreSQL's folding: unquoted names are lower-cased, quoted ones kept as written.
 *
 * @param span where it is written, quotes included
 */
public record Ident(String name, Span span) {

    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[a-z_][a-z0-9_$]*");

    /**
     * A name as {@code quote_ident} and {@code format_type} write it: bare when it is lower-case letters, digits,
     * {@code _} and {@code $} (not starting with a digit or {@code $}), else in double quotes with quotes doubled.
     * Unlike {@code quote_ident}, keywords stay bare: the model compares names it wrote itself.
     */
    public static String quoteIfNeeded(String identifier) {
        return PLAIN.matcher(identifier).matches() ? identifier : '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
