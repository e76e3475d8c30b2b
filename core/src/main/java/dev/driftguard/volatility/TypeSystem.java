package dev.driftguard.volatility;

import dev.driftguard.catalog.CatalogView;
import dev.driftguard.catalog.Domain;
import dev.driftguard.catalog.EnumType;
import dev.driftguard.catalog.Volatility;
import dev.driftguard.sql.Ident;
import dev.driftguard.volatility.BuiltinTables.TypeInfo;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The types one expression can meet: the built-ins of its server major plus the user's enums and domains, with
 * PostgreSQL's coercion pathways between them ({@code find_coercion_pathway} in {@code parse_coerce.c}).
 * Types are named as {@code format_type(oid, NULL)} prints them; {@code unknown} is an untyped literal.
 */
final class TypeSystem {

    private static final Pattern MODIFIERS = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    static final String UNKNOWN = "unknown";
    static final String ANY = "\"any\"";

    /** The coercion contexts, in increasing permissiveness, as {@code pg_cast.castcontext} spells them. */
    enum Context {
        IMPLICIT('i'), ASSIGNMENT('a'), EXPLICIT('e');

        private final char code;

        Context(char code) {
            this.code = code;
        }

        boolean allows(char castContext) {
            return switch (castContext) {
                case 'i' -> true;
                case 'a' -> this != IMPLICIT;
                default -> this == EXPLICIT;
            };
        }

        char code() {
            return code;
        }
    }

    /** SQL spellings the grammar maps to a built-in type before the catalog sees them. */
    private static final Map<String, String> SQL_SPELLINGS = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("integer", "integer"), Map.entry("smallint", "smallint"),
            Map.entry("bigint", "bigint"), Map.entry("float", "double precision"), Map.entry("real", "real"),
            Map.entry("double precision", "double precision"), Map.entry("decimal", "numeric"),
            Map.entry("dec", "numeric"), Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"),
            Map.entry("varchar", "character varying"), Map.entry("char varying", "character varying"),
            Map.entry("character varying", "character varying"), Map.entry("char", "character"),
            Map.entry("character", "character"), Map.entry("timestamp", "timestamp without time zone"),
            Map.entry("time", "time without time zone"), Map.entry("bit varying", "bit varying"));

    static final Set<String> POLYMORPHIC = Set.of("anyelement", "anyarray", "anynonarray", "anyenum", "anyrange",
            "anymultirange", "anycompatible", "anycompatiblearray", "anycompatiblenonarray", "anycompatiblerange",
            "anycompatiblemultirange");

    private final BuiltinTables builtins;
    private final CatalogView catalog;
    /** Names already resolved in this analysis: a domain lookup copies the whole catalog. */
    private final Map<String, Optional<String>> resolved = new HashMap<>();

    TypeSystem(BuiltinTables builtins, CatalogView catalog) {
        this.builtins = builtins;
        this.catalog = catalog;
    }

    BuiltinTables builtins() {
        return builtins;
    }

    /**
     * The canonical name of a type as written in DDL or printed by {@code format_type}, with type modifiers
     * dropped ({@code timestamp(3) without time zone} is {@code timestamp without time zone}); empty when unknown.
     */
    Optional<String> canonical(String written) {
        Optional<String> known = resolved.get(written);
        if (known != null) {
            return known;
        }
        Optional<String> result = resolve(written);
        resolved.put(written, result);
        return result;
    }

    private Optional<String> resolve(String written) {
        String text = written.trim();
        int dims = 0;
        while (text.endsWith("[]")) {
            dims++;
            text = text.substring(0, text.length() - 2).trim();
        }
        Optional<String> base = canonicalScalar(stripModifiers(text));
        for (int i = 0; i < dims && base.isPresent(); i++) {
            base = arrayOf(base.get());
        }
        return base;
    }

    /** {@code timestamp(3) with time zone} to {@code timestamp with time zone}, {@code numeric(10,2)} to numeric. */
    static String stripModifiers(String text) {
        String plain = text.indexOf('(') < 0 ? text : MODIFIERS.matcher(text).replaceAll("");
        return BLANKS.matcher(plain).replaceAll(" ").trim();
    }

    /** Like {@link #canonical} for built-in types only, so no catalog is needed. */
    static Optional<String> canonicalBuiltin(BuiltinTables builtins, String written) {
        String text = written.trim();
        int dims = 0;
        while (text.endsWith("[]")) {
            dims++;
            text = text.substring(0, text.length() - 2).trim();
        }
        Optional<String> base = builtinScalar(builtins, stripModifiers(text));
        for (int i = 0; i < dims && base.isPresent(); i++) {
            base = builtins.arrayOf(base.get());
        }
        return base;
    }

    private static Optional<String> builtinScalar(BuiltinTables builtins, String name) {
        boolean quoted = name.startsWith("\"");
        if (quoted) {
            return builtins.type(name).isPresent() ? Optional.of(name) : Optional.empty();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (SQL_SPELLINGS.containsKey(lower)) {
            return Optional.of(SQL_SPELLINGS.get(lower));
        }
        if (builtins.type(lower).isPresent()) {
            return Optional.of(lower);
        }
        return builtins.typeByInternalName(lower);
    }

    private Optional<String> canonicalScalar(String text) {
        Optional<String> schema = Optional.empty();
        String name = text;
        int dot = qualifierDot(text);
        if (dot > 0) {
            schema = Optional.of(unquote(text.substring(0, dot)));
            name = text.substring(dot + 1);
        }
        if (schema.isEmpty() || schema.get().equals("pg_catalog")) {
            Optional<String> builtin = builtinScalar(builtins, name);
            if (builtin.isPresent()) {
                return builtin;
            }
        }
        boolean quoted = name.startsWith("\"");
        String folded = quoted ? unquote(name) : name.toLowerCase(Locale.ROOT);
        Optional<String> inSchema = schema;
        Optional<EnumType> enumType = catalog.resolveEnum(schema, folded);
        if (enumType.isPresent()) {
            return Optional.of(quoteIfNeeded(enumType.get().name().name()));
        }
        return catalog.toCatalog().domains().stream()
                .filter(d -> d.name().name().equals(folded) && inSchema.map(s -> s.equals(d.name().schema())).orElse(true))
                .findFirst()
                .map(Domain::baseType)
                .flatMap(base -> base.equals(text) ? Optional.empty() : canonical(base));
    }

    private static int qualifierDot(String text) {
        boolean inQuotes = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (c == '.' && !inQuotes) {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String name) {
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            return name.substring(1, name.length() - 1).replace("\"\"", "\"");
        }
        return name;
    }

    static String quoteIfNeeded(String identifier) {
        return Ident.quoteIfNeeded(identifier);
    }

    /** Built-in type data, or for a user enum what PostgreSQL records for every enum. */
    Optional<TypeInfo> info(String type) {
        Optional<TypeInfo> builtin = builtins.type(type);
        if (builtin.isPresent()) {
            return builtin;
        }
        if (type.endsWith("[]")) {
            Volatility arrayIo = builtins.functionVolatility("array_out", Volatility.STABLE);
            return Optional.of(new TypeInfo(type, 'A', false, 'b', Optional.of(type.substring(0, type.length() - 2)),
                    arrayIo, arrayIo));
        }
        return Optional.of(new TypeInfo(type, 'E', false, 'e', Optional.empty(),
                builtins.functionVolatility("enum_in", Volatility.STABLE),
                builtins.functionVolatility("enum_out", Volatility.STABLE)));
    }

    char category(String type) {
        return type.equals(UNKNOWN) ? 'X' : info(type).map(TypeInfo::category).orElse('U');
    }

    boolean preferred(String type) {
        return info(type).map(TypeInfo::preferred).orElse(false);
    }

    boolean isEnum(String type) {
        return info(type).map(i -> i.typtype() == 'e').orElse(false);
    }

    Optional<String> element(String type) {
        return info(type).flatMap(TypeInfo::element);
    }

    Optional<String> arrayOf(String element) {
        Optional<String> builtin = builtins.arrayOf(element);
        if (builtin.isPresent() || builtins.type(element).isPresent()) {
            return builtin;
        }
        return Optional.of(element + "[]");
    }

    /** How PostgreSQL converts one type to another ({@code CoercionPathType}). */
    enum PathKind { RELABEL, FUNCTION, INPUT_OUTPUT, ARRAY }

    /** A coercion pathway and the volatility of what it runs. */
    record Pathway(PathKind kind, Volatility volatility) {
    }

    /**
     * The volatility of converting {@code source} to {@code target} in {@code context}, empty when PostgreSQL has
     * no such coercion. An I/O conversion is as volatile as the source's output and the target's input function.
     */
    Optional<Volatility> coercion(String source, String target, Context context) {
        return pathway(source, target, context).map(Pathway::volatility);
    }

    /** {@code find_coercion_pathway}. */
    Optional<Pathway> pathway(String source, String target, Context context) {
        if (source.equals(target) || source.equals(UNKNOWN)) {
            return Optional.of(new Pathway(PathKind.RELABEL, Volatility.IMMUTABLE));
        }
        Optional<BuiltinTables.CastInfo> cast = builtins.cast(source, target);
        if (cast.isPresent()) {
            BuiltinTables.CastInfo c = cast.get();
            if (!context.allows(c.context())) {
                return Optional.empty();
            }
            return Optional.of(switch (c.method()) {
                case 'f' -> new Pathway(PathKind.FUNCTION, c.function().orElse(Volatility.IMMUTABLE));
                case 'i' -> new Pathway(PathKind.INPUT_OUTPUT, viaInputOutput(source, target));
                default -> new Pathway(PathKind.RELABEL, Volatility.IMMUTABLE);
            });
        }
        Optional<String> sourceElement = element(source);
        Optional<String> targetElement = element(target);
        if (category(source) == 'A' && category(target) == 'A' && sourceElement.isPresent()
                && targetElement.isPresent()) {
            Optional<Pathway> elements = pathway(sourceElement.get(), targetElement.get(), context);
            if (elements.isPresent()) {
                return Optional.of(new Pathway(PathKind.ARRAY, elements.get().volatility()));
            }
        }
        if (context != Context.IMPLICIT && category(target) == 'S') {
            return Optional.of(new Pathway(PathKind.INPUT_OUTPUT, viaInputOutput(source, target)));
        }
        if (context == Context.EXPLICIT && category(source) == 'S') {
            return Optional.of(new Pathway(PathKind.INPUT_OUTPUT, viaInputOutput(source, target)));
        }
        return Optional.empty();
    }

    private Volatility viaInputOutput(String source, String target) {
        Volatility out = info(source).map(TypeInfo::output).orElse(Volatility.IMMUTABLE);
        Volatility in = info(target).map(TypeInfo::input).orElse(Volatility.IMMUTABLE);
        return worst(out, in);
    }

    static Volatility worst(Volatility a, Volatility b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /** {@code can_coerce_type} for one argument in implicit context, polymorphic targets checked separately. */
    boolean canCoerceImplicitly(String source, String target) {
        if (source.equals(target) || source.equals(UNKNOWN) || target.equals(ANY) || POLYMORPHIC.contains(target)) {
            return true;
        }
        if (target.equals("record") && category(source) == 'C') {
            return true;
        }
        return coercion(source, target, Context.IMPLICIT).isPresent();
    }
}
