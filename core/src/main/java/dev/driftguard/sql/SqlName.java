package dev.driftguard.sql;

import java.util.Optional;

/**
 * A possibly schema-qualified object name as written in a statement, already case-folded. An unqualified name is
 * resolved against the {@code search_path} by replay.
 *
 * @param span the whole name, from schema to name
 */
public record SqlName(Optional<String> schema, String name, Span span) {

    public static SqlName unqualified(String name, Span span) {
        return new SqlName(Optional.empty(), name, span);
    }

    /** As a person writes it. */
    public String display() {
        return schema.map(s -> s + "." + name).orElse(name);
    }
}
