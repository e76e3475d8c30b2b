package dev.driftguard.volatility;

import java.util.Locale;

/**
 * Which types a PostgreSQL major has built in, from the same per-major tables the volatility analysis uses.
 * Replay asks it whether a type such as {@code vector} exists without an extension.
 */
public final class BuiltinTypes {

    private BuiltinTypes() {
    }

    /**
     * True when {@code name} is a built-in type of {@code major}: its {@code format_type} name
     * ({@code timestamp with time zone}, {@code character varying}), its {@code pg_type} name ({@code timestamptz},
     * {@code int4}) or an SQL spelling ({@code int}, {@code varchar}, {@code decimal}); type modifiers, array
     * brackets and a {@code pg_catalog.} qualifier are ignored. Majors outside 12-18 use the nearest one.
     */
    public static boolean exists(int major, String name) {
        String written = name.trim();
        if (written.toLowerCase(Locale.ROOT).startsWith("pg_catalog.")) {
            written = written.substring("pg_catalog.".length());
        }
        if (written.isEmpty() || written.contains(".")) {
            return false;
        }
        return TypeSystem.canonicalBuiltin(BuiltinTables.forMajor(major), written).isPresent();
    }
}
