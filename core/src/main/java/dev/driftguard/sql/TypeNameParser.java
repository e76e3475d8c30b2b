package dev.driftguard.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a type name as PostgreSQL's grammar does and names it the way {@code format_type} prints it: canonical base
 * names, the implicit modifiers the grammar adds ({@code char} is {@code character(1)}, {@code numeric(5)} is
 * {@code numeric(5,0)}) and at most one array dimension, since PostgreSQL does not record more.
 */
final class TypeNameParser {
    private static final Map<String, String> CANONICAL = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("integer", "integer"), Map.entry("int4", "integer"),
            Map.entry("smallint", "smallint"), Map.entry("int2", "smallint"),
            Map.entry("bigint", "bigint"), Map.entry("int8", "bigint"),
            Map.entry("real", "real"), Map.entry("float4", "real"), Map.entry("float8", "double precision"),
            Map.entry("decimal", "numeric"), Map.entry("numeric", "numeric"), Map.entry("dec", "numeric"),
            Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"),
            Map.entry("varchar", "character varying"), Map.entry("char", "character"),
            Map.entry("character", "character"),
            Map.entry("timestamp", "timestamp without time zone"), Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("time", "time without time zone"), Map.entry("timetz", "time with time zone"),
            Map.entry("varbit", "bit varying"),
            Map.entry("serial4", "serial"), Map.entry("serial8", "bigserial"), Map.entry("serial2", "smallserial"));
    private static final Set<String> INTERVAL_FIELDS = Set.of("year", "month", "day", "hour", "minute", "second", "to");
    /** Words that start a type of more than one word. */
    static final Set<String> MULTIWORD_STARTS =
            Set.of("double", "character", "char", "national", "nchar", "bit", "timestamp", "time", "interval");

    private final TokenCursor cursor;

    TypeNameParser(TokenCursor cursor) {
        this.cursor = cursor;
    }

    /** The {@code format_type} name of an unquoted one-word type name. */
    static String canonical(String word) {
        return CANONICAL.getOrDefault(word, word);
    }

    TypeName parse() {
        int start = cursor.nextStart();
        Token first = cursor.peek();
        Optional<String> schema = Optional.empty();
        String name;
        List<String> modifiers = new ArrayList<>();
        if (first.kind() == Token.Kind.WORD && MULTIWORD_STARTS.contains(first.value())
                && !cursor.peek(1).isPunct(".")) {
            name = multiword(modifiers);
        } else {
            SqlName qualified = cursor.name();
            schema = qualified.schema();
            boolean quoted = cursor.source().charAt(qualified.span().end() - 1) == '"';
            name = quoted ? qualified.name() : CANONICAL.getOrDefault(qualified.name(), qualified.name());
            if (cursor.isPunct("(")) {
                modifiers.addAll(modifiers());
            }
            if (!quoted && name.equals("float")) {
                name = !modifiers.isEmpty() && isSmallFloat(modifiers.get(0)) ? "real" : "double precision";
                modifiers.clear();
            }
        }
        if (modifiers.isEmpty() && (name.equals("character") || name.equals("bit"))) {
            // the grammar gives char and bit without a length the length 1
            modifiers.add("1");
        } else if (modifiers.size() == 1 && name.equals("numeric")) {
            // numeric(p) is numeric(p,0), and format_type prints both
            modifiers.add("0");
        }
        boolean array = false;
        while (true) {
            if (cursor.isPunct("[")) {
                cursor.next();
                if (cursor.peek().kind() == Token.Kind.NUMBER) {
                    cursor.next();
                }
                cursor.expectPunct("]");
                array = true;
            } else if (cursor.isWord("array")) {
                cursor.next();
                if (cursor.isPunct("[")) {
                    cursor.next();
                    if (cursor.peek().kind() == Token.Kind.NUMBER) {
                        cursor.next();
                    }
                    cursor.expectPunct("]");
                }
                array = true;
            } else {
                break;
            }
        }
        Span span = cursor.spanFrom(start);
        // PostgreSQL ignores the number of dimensions written: int[][] is the same type as int[]
        return new TypeName(schema, name, modifiers, array ? 1 : 0, cursor.text(span), span);
    }

    private static boolean isSmallFloat(String precision) {
        try {
            return Integer.parseInt(precision.trim()) <= 24;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String multiword(List<String> modifiers) {
        String word = cursor.next().value();
        switch (word) {
            case "double" -> {
                cursor.expectWord("precision");
                return "double precision";
            }
            case "national" -> {
                cursor.acceptAnyWord("character", "char");
                return characterType(modifiers);
            }
            case "character", "char", "nchar" -> {
                return characterType(modifiers);
            }
            case "bit" -> {
                boolean varying = cursor.acceptWord("varying");
                optionalModifiers(modifiers);
                return varying ? "bit varying" : "bit";
            }
            case "timestamp", "time" -> {
                optionalModifiers(modifiers);
                boolean withZone = false;
                if (cursor.acceptWords("with", "time", "zone")) {
                    withZone = true;
                } else {
                    cursor.acceptWords("without", "time", "zone");
                }
                return word + (withZone ? " with time zone" : " without time zone");
            }
            default -> {
                while (cursor.peek().kind() == Token.Kind.WORD && INTERVAL_FIELDS.contains(cursor.peek().value())) {
                    cursor.next();
                }
                optionalModifiers(modifiers);
                return "interval";
            }
        }
    }

    private String characterType(List<String> modifiers) {
        boolean varying = cursor.acceptWord("varying");
        optionalModifiers(modifiers);
        return varying ? "character varying" : "character";
    }

    private void optionalModifiers(List<String> modifiers) {
        if (cursor.isPunct("(")) {
            modifiers.addAll(modifiers());
        }
    }

    /** {@code (65, 30)} as {@code ["65", "30"]}. */
    private List<String> modifiers() {
        cursor.expectPunct("(");
        List<String> modifiers = new ArrayList<>();
        while (true) {
            int start = cursor.nextStart();
            cursor.skipUntil(t -> t.isPunct(",") || t.isPunct(")"));
            Span span = cursor.spanFrom(start);
            if (span.length() == 0) {
                throw cursor.fail("expected a type modifier");
            }
            modifiers.add(cursor.text(span));
            if (!cursor.acceptPunct(",")) {
                break;
            }
        }
        cursor.expectPunct(")");
        return modifiers;
    }
}
