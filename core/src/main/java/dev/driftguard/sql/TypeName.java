package dev.driftguard.sql;

import java.util.List;
import java.util.Optional;

/**
 * A type as written in DDL or a cast.
 *
 * @param schema    schema when qualified ({@code public.vector})
 * @param name      the canonical base name PostgreSQL uses in {@code format_type}: {@code integer},
 *                  {@code character varying}, {@code timestamp with time zone}, {@code numeric}, {@code text},
 *                  or a user type's folded name ({@code vector}, {@code Role})
 * @param modifiers type modifiers as written ({@code 3} in {@code timestamp(3)}, {@code 65, 30})
 * @param arrayDims {@code 0} for a scalar, {@code 1} for {@code text[]}
 * @param text      the type exactly as written
 */
public record TypeName(Optional<String> schema, String name, List<String> modifiers, int arrayDims, String text,
                       Span span) {

    public TypeName {
        modifiers = List.copyOf(modifiers);
    }

    /**
     * The type as {@code format_type} prints it, e.g. {@code timestamp(3) without time zone}, {@code numeric(65,30)},
     * {@code text[]}; this is the form the catalog model stores.
     */
    public String formatted() {
        String base;
        String mods = modifiers.isEmpty() ? "" : "(" + String.join(",", modifiers) + ")";
        if (name.equals("timestamp without time zone") || name.equals("timestamp with time zone")
                || name.equals("time without time zone") || name.equals("time with time zone")) {
            int space = name.indexOf(' ');
            base = name.substring(0, space) + mods + name.substring(space);
        } else {
            base = quoteIfNeeded(name) + mods;
        }
        return base + "[]".repeat(arrayDims);
    }

    /** Quotes a type or identifier name the way {@code format_type} and {@code quote_ident} do. */
    static String quoteIfNeeded(String identifier) {
        return identifier.contains(" ") ? identifier : Ident.quoteIfNeeded(identifier);
    }
}
