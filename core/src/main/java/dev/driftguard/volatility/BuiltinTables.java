package dev.driftguard.volatility;

import dev.driftguard.catalog.Volatility;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * The built-in types, functions, operators and casts of one PostgreSQL major, read from
 * {@code pg<major>.tsv.gz} (generated from real servers by {@code BuiltinTablesGenerator} in the test sources).
 * Loaded on first use and cached per major.
 *
 * <p>Each line is tab separated; type names are {@code format_type(oid, NULL)}:
 * <pre>
 * T  name  typname  typcategory  typispreferred  typtype  array-element  input-fn-volatility  output-fn-volatility
 * F  name  arg,types  variadic-element  return-type  provolatile  proretset  pronargdefaults  language
 * O  name  left-type(empty for prefix)  right-type  result-type  volatility-of-oprcode  language-of-oprcode
 * C  source  target  function-volatility(empty without function)  castcontext  castmethod
 * </pre>
 */
final class BuiltinTables {

    /** The majors a table ships for; other majors use the nearest. */
    static final int OLDEST = 12;
    static final int NEWEST = 18;

    private static final Map<Integer, BuiltinTables> LOADED = new ConcurrentHashMap<>();

    record TypeInfo(String name, char category, boolean preferred, char typtype, Optional<String> element,
                    Volatility input, Volatility output) {
    }

    /**
     * A built-in function.
     *
     * @param sql written in {@code LANGUAGE sql}: the planner inlines its body before the mutability check
     */
    record FunctionInfo(String name, List<String> arguments, Optional<String> variadicElement, String returnType,
                        Volatility volatility, int defaults, boolean sql) {
    }

    /** A built-in operator; {@code sql} as for {@link FunctionInfo}, about the function behind it. */
    record OperatorInfo(String name, Optional<String> left, String right, String result, Volatility volatility,
                        boolean sql) {
    }

    record CastInfo(Optional<Volatility> function, char context, char method) {
    }

    private final Map<String, TypeInfo> types = new HashMap<>();
    private final Map<String, String> typeByInternalName = new HashMap<>();
    private final Map<String, String> arrayOf = new HashMap<>();
    private final Map<String, List<FunctionInfo>> functions = new HashMap<>();
    private final Map<String, List<OperatorInfo>> operators = new HashMap<>();
    private final Map<String, CastInfo> casts = new HashMap<>();

    static BuiltinTables forMajor(int major) {
        int supported = Math.max(OLDEST, Math.min(NEWEST, major));
        return LOADED.computeIfAbsent(supported, BuiltinTables::load);
    }

    private static BuiltinTables load(int major) {
        String resource = "pg" + major + ".tsv.gz";
        try (InputStream raw = BuiltinTables.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            BuiltinTables tables = new BuiltinTables();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("#")) {
                    tables.add(line.split("\t", -1));
                }
            }
            return tables;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private void add(String[] f) {
        switch (f[0]) {
            case "T" -> {
                Optional<String> element = optional(f[6]);
                types.put(f[1], new TypeInfo(f[1], f[3].charAt(0), f[4].equals("true"), f[5].charAt(0), element,
                        Volatility.ofCode(f[7].charAt(0)), Volatility.ofCode(f[8].charAt(0))));
                typeByInternalName.put(f[2], f[1]);
                element.ifPresent(e -> arrayOf.put(e, f[1]));
            }
            case "F" -> functions.computeIfAbsent(f[1], k -> new ArrayList<>()).add(new FunctionInfo(f[1],
                    f[2].isEmpty() ? List.of() : List.of(f[2].split(",")), optional(f[3]), f[4],
                    Volatility.ofCode(f[5].charAt(0)), Integer.parseInt(f[7]), f[8].equals("sql")));
            case "O" -> operators.computeIfAbsent(f[1], k -> new ArrayList<>()).add(new OperatorInfo(f[1],
                    optional(f[2]), f[3], f[4], Volatility.ofCode(f[5].charAt(0)), f[6].equals("sql")));
            case "C" -> casts.put(castKey(f[1], f[2]), new CastInfo(
                    optional(f[3]).map(v -> Volatility.ofCode(v.charAt(0))), f[4].charAt(0), f[5].charAt(0)));
            default -> throw new IllegalStateException("unexpected line kind " + f[0]);
        }
    }

    private static Optional<String> optional(String field) {
        return field.isEmpty() ? Optional.empty() : Optional.of(field);
    }

    private static String castKey(String source, String target) {
        return source + "\u0000" + target;
    }

    Optional<TypeInfo> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** The {@code format_type} name of a type known by its {@code pg_type.typname} ({@code int4}, {@code _text}). */
    Optional<String> typeByInternalName(String typname) {
        return Optional.ofNullable(typeByInternalName.get(typname));
    }

    Optional<String> arrayOf(String element) {
        return Optional.ofNullable(arrayOf.get(element));
    }

    List<FunctionInfo> functions(String name) {
        return functions.getOrDefault(name, List.of());
    }

    List<OperatorInfo> operators(String name) {
        return operators.getOrDefault(name, List.of());
    }

    Optional<CastInfo> cast(String source, String target) {
        return Optional.ofNullable(casts.get(castKey(source, target)));
    }

    Volatility functionVolatility(String name, Volatility fallback) {
        return functions(name).stream().findFirst().map(FunctionInfo::volatility).orElse(fallback);
    }
}
