package dev.driftguard.sql;

/**
 * An identifier after PostgreSQL's folding: unquoted names are lower-cased, quoted ones kept as written.
 *
 * @param span where it is written, quotes included
 */
public record Ident(String name, Span span) {
}
