package dev.driftguard.catalog;

import java.util.Optional;

/**
 * A table column.
 *
 * @param type          the type as {@code format_type} prints it, e.g. {@code timestamp(3) without time zone},
 *                      {@code character varying(255)}, {@code text[]}, {@code vector(1536)}
 * @param defaultExpr   the default expression's text, when there is one
 * @param generatedExpr the expression of a {@code GENERATED ALWAYS AS (...) STORED} column
 * @param identity      {@code a} (ALWAYS), {@code d} (BY DEFAULT) or empty
 */
public record Column(String name, String type, boolean nullable, Optional<String> defaultExpr,
                     Optional<String> generatedExpr, Optional<String> identity) {

    public static Column of(String name, String type, boolean nullable) {
        return new Column(name, type, nullable, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Column withType(String newType) {
        return new Column(name, newType, nullable, defaultExpr, generatedExpr, identity);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultExpr, generatedExpr, identity);
    }

    public Column withDefault(Optional<String> newDefault) {
        return new Column(name, type, nullable, newDefault, generatedExpr, identity);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultExpr, generatedExpr, identity);
    }
}
