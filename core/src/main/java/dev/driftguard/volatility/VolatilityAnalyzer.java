package dev.driftguard.volatility;

import dev.driftguard.catalog.Function;
import dev.driftguard.catalog.Volatility;
import dev.driftguard.sql.Expr;
import dev.driftguard.sql.Span;
import dev.driftguard.sql.TypeName;
import dev.driftguard.volatility.OverloadResolution.Candidate;
import dev.driftguard.volatility.OverloadResolution.Inlining;
import dev.driftguard.volatility.OverloadResolution.Resolved;
import dev.driftguard.volatility.TypeSystem.Context;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, as PostgreSQL does, whether an expression is IMMUTABLE: every function, operator and cast in it, after
 * overload and implicit-cast resolution against the column types, must have {@code provolatile = 'i'}.
 * Where it cannot resolve something it answers "immutable" rather than raise a false alarm.
 *
 * <p>The built-in functions, operators, casts and types come from tables dumped from each PostgreSQL major
 * (see {@code BuiltinTables}); user functions and enums come from the scope's catalog. Thread-safe.
 */
public final class VolatilityAnalyzer {

    /**
     * The mutable part of {@code expression} to point at, or empty when it is IMMUTABLE: the first function the
     * author called (in {@code ts > now() - interval '1 day'} the cause is {@code now()}, even though the operator
     * comparing timestamp with timestamptz is STABLE too), else the first operator or cast in source order.
     */
    public Optional<MutableExpression> firstMutable(Expr expression, ExpressionScope scope) {
        try {
            Walk walk = new Walk(scope);
            walk.typeOf(expression);
            return walk.found.stream().min(Comparator
                    .comparing((MutableExpression m) -> !m.kind().equals("function"))
                    .thenComparingInt(m -> m.span().start()));
        } catch (RuntimeException e) {
            // A malformed tree or catalog entry must not turn into a false alarm or escape the API.
            return Optional.empty();
        }
    }

    /** One analysis: infers types bottom-up and records every non-IMMUTABLE function, operator and coercion. */
    private static final class Walk {

        private final ExpressionScope scope;
        private final TypeSystem types;
        private final OverloadResolution resolution;
        private final List<MutableExpression> found = new ArrayList<>();

        Walk(ExpressionScope scope) {
            this.scope = scope;
            this.types = new TypeSystem(BuiltinTables.forMajor(scope.serverMajor()), scope.catalog());
            this.resolution = new OverloadResolution(types);
        }

        /** The expression's type, empty when it cannot be inferred (then nothing above it is judged). */
        Optional<String> typeOf(Expr e) {
            if (e instanceof Expr.ColumnRef c) {
                return column(c);
            } else if (e instanceof Expr.Literal l) {
                return Optional.of(literalType(l));
            } else if (e instanceof Expr.Cast c) {
                return cast(c);
            } else if (e instanceof Expr.FunctionCall f) {
                return function(f);
            } else if (e instanceof Expr.SqlValueFunction v) {
                return sqlValueFunction(v);
            } else if (e instanceof Expr.BinaryOp b) {
                return binary(b);
            } else if (e instanceof Expr.UnaryOp u) {
                return unary(u);
            } else if (e instanceof Expr.IsTest t) {
                typeOf(t.operand());
                return Optional.of("boolean");
            } else if (e instanceof Expr.AtTimeZone a) {
                return atTimeZone(a);
            } else if (e instanceof Expr.InList in) {
                return inList(in);
            } else if (e instanceof Expr.Between b) {
                return between(b);
            } else if (e instanceof Expr.Case c) {
                return caseExpr(c);
            } else if (e instanceof Expr.ArrayConstructor a) {
                return array(a);
            } else if (e instanceof Expr.RowConstructor r) {
                r.elements().forEach(this::typeOf);
                return Optional.of("record");
            } else if (e instanceof Expr.Opaque o) {
                return opaque(o);
            }
            return Optional.empty();
        }

        private Optional<String> column(Expr.ColumnRef c) {
            Map<String, String> columns = scope.columnTypes();
            String written = columns.get(c.column());
            if (written == null) {
                written = columns.entrySet().stream()
                        .filter(en -> en.getKey().equalsIgnoreCase(c.column()))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
            }
            return written == null ? Optional.empty() : types.canonical(written);
        }

        private static String literalType(Expr.Literal l) {
            return switch (l.kind()) {
                case STRING, NULL -> TypeSystem.UNKNOWN;
                case BOOLEAN -> "boolean";
                case NUMERIC -> "numeric";
                case INTEGER -> integerType(l.value());
            };
        }

        private static String integerType(String digits) {
            try {
                BigInteger value = new BigInteger(digits.trim());
                if (value.bitLength() < 32) {
                    return "integer";
                }
                return value.bitLength() < 64 ? "bigint" : "numeric";
            } catch (NumberFormatException e) {
                return "numeric";
            }
        }

        private Optional<String> cast(Expr.Cast c) {
            Optional<String> target = typeName(c.type());
            if (isConstant(c.operand())) {
                // 'literal'::type and NULL::type are folded to a constant by the parser: no function runs.
                return target;
            }
            Optional<String> source = typeOf(c.operand());
            if (source.isPresent() && target.isPresent()) {
                types.coercion(source.get(), target.get(), Context.EXPLICIT).ifPresent(v -> report(c.span(), "cast",
                        source.get() + "::" + target.get(), v));
            }
            return target;
        }

        private static boolean isConstant(Expr e) {
            return e instanceof Expr.Literal l && (l.kind() == Expr.Literal.Kind.STRING
                    || l.kind() == Expr.Literal.Kind.NULL);
        }

        private Optional<String> typeName(TypeName t) {
            String base = t.schema().map(s -> TypeSystem.quoteIfNeeded(s) + ".").orElse("")
                    + (t.name().contains(" ") ? t.name() : TypeSystem.quoteIfNeeded(t.name()));
            Optional<String> type = types.canonical(base);
            for (int i = 0; i < t.arrayDims() && type.isPresent(); i++) {
                type = types.arrayOf(type.get());
            }
            return type;
        }

        private List<Optional<String>> typesOf(List<Expr> arguments) {
            List<Optional<String>> result = new ArrayList<>();
            for (Expr a : arguments) {
                result.add(typeOf(a));
            }
            return result;
        }

        private static Optional<List<String>> allKnown(List<Optional<String>> maybe) {
            List<String> known = new ArrayList<>();
            for (Optional<String> m : maybe) {
                if (m.isEmpty()) {
                    return Optional.empty();
                }
                known.add(m.get());
            }
            return Optional.of(known);
        }

        private Optional<String> function(Expr.FunctionCall f) {
            List<Optional<String>> argumentTypes = typesOf(f.arguments());
            if (f.star()) {
                return Optional.empty();
            }
            Optional<List<String>> inputs = allKnown(argumentTypes);
            if (inputs.isEmpty()) {
                return Optional.empty();
            }
            String name = f.name().name();
            if (name.equals("extract") && f.name().schema().isEmpty() && scope.serverMajor() < 14) {
                // EXTRACT(field FROM x) is date_part(field, x) before PostgreSQL 14.
                name = "date_part";
            }
            List<Candidate> candidates = functionCandidates(f.name().schema(), name, inputs.get().size());
            Optional<String> castTarget = typeNameCall(f, candidates, inputs.get());
            if (castTarget.isPresent()) {
                return castTarget;
            }
            return call(candidates, inputs.get(), f.arguments(), f.nameSpan(), "function");
        }

        /**
         * {@code text(x)}, {@code varchar(x)}: a one-argument call named after a type, with no function of exactly
         * that argument type, is a cast when it relabels or converts through text I/O ({@code func_get_detail}).
         */
        private Optional<String> typeNameCall(Expr.FunctionCall f, List<Candidate> candidates, List<String> inputs) {
            if (inputs.size() != 1 || f.name().schema().filter(s -> !s.equals("pg_catalog")).isPresent()
                    || candidates.stream().anyMatch(c -> c.arguments().equals(inputs))) {
                return Optional.empty();
            }
            Optional<String> target = types.builtins().typeByInternalName(f.name().name());
            if (target.isEmpty()) {
                return Optional.empty();
            }
            String source = inputs.get(0);
            if (source.equals(TypeSystem.UNKNOWN)) {
                return isConstant(f.arguments().get(0)) ? target : Optional.empty();
            }
            Optional<TypeSystem.Pathway> pathway = types.pathway(source, target.get(), Context.EXPLICIT);
            boolean isCast = pathway.map(p -> p.kind() == TypeSystem.PathKind.RELABEL
                    || (p.kind() == TypeSystem.PathKind.INPUT_OUTPUT && !source.equals("record")
                    && types.category(target.get()) == 'S')).orElse(false);
            if (!isCast) {
                return Optional.empty();
            }
            report(f.nameSpan(), "cast", source + "::" + target.get(), pathway.get().volatility());
            return target;
        }

        /** Resolves a call, reports the chosen function and any mutable implicit coercion, gives the result type. */
        private Optional<String> call(List<Candidate> candidates, List<String> inputs, List<Expr> arguments,
                                      Span span, String kind) {
            Optional<Resolved> chosen = kind.equals("operator")
                    ? resolution.operator(candidates, inputs) : resolution.function(candidates, inputs);
            if (chosen.isEmpty()) {
                return Optional.empty();
            }
            Resolved r = chosen.get();
            report(span, kind, r.candidate().description(), effectiveVolatility(r, inputs));
            for (int i = 0; i < inputs.size(); i++) {
                coerceImplicitly(arguments.get(i), inputs.get(i), r.argumentTypes().get(i));
            }
            return Optional.of(r.returnType());
        }

        /** The volatility {@code contain_mutable_functions} sees once the planner has inlined SQL functions. */
        private Volatility effectiveVolatility(Resolved r, List<String> inputs) {
            Candidate c = r.candidate();
            return switch (c.inlined()) {
                case NONE -> c.volatility();
                case BODY_UNKNOWN -> Volatility.IMMUTABLE;
                case POLYMORPHIC_ARGUMENTS_CAST_TO_TEXT -> {
                    Volatility worst = Volatility.IMMUTABLE;
                    for (int i = 0; i < inputs.size(); i++) {
                        if (TypeSystem.POLYMORPHIC.contains(c.arguments().get(i))) {
                            worst = TypeSystem.worst(worst, types.coercion(r.argumentTypes().get(i), "text",
                                    Context.EXPLICIT).orElse(Volatility.IMMUTABLE));
                        }
                    }
                    yield worst;
                }
            };
        }

        private void coerceImplicitly(Expr argument, String source, String target) {
            if (target.equals(TypeSystem.ANY) || TypeSystem.POLYMORPHIC.contains(target)) {
                return;
            }
            types.coercion(source, target, Context.IMPLICIT).ifPresent(v -> report(argument.span(), "cast",
                    source + "::" + target, v));
        }

        private List<Candidate> functionCandidates(Optional<String> schema, String name, int nargs) {
            List<Candidate> candidates = new ArrayList<>();
            if (schema.isEmpty() || schema.get().equals("pg_catalog")) {
                for (BuiltinTables.FunctionInfo fn : types.builtins().functions(name)) {
                    expand(fn.arguments(), fn.variadicElement(), fn.defaults(), nargs).ifPresent(args ->
                            candidates.add(new Candidate(args, fn.returnType(), fn.volatility(),
                                    describe(name, fn.arguments()), builtinInlining(fn))));
                }
            }
            if (schema.isPresent() && schema.get().equals("pg_catalog")) {
                return candidates;
            }
            for (Function fn : scope.catalog().resolveFunctions(schema, name)) {
                List<String> declared = new ArrayList<>();
                for (String t : fn.argumentTypes()) {
                    Optional<String> canonical = types.canonical(t);
                    if (canonical.isEmpty()) {
                        declared = null;
                        break;
                    }
                    declared.add(canonical.get());
                }
                Optional<String> returnType = types.canonical(fn.returnType());
                if (declared == null || declared.size() != nargs) {
                    continue;
                }
                List<String> args = declared;
                boolean shadowed = candidates.stream().anyMatch(c -> c.arguments().equals(args));
                if (!shadowed) {
                    boolean inlinable = fn.language().equalsIgnoreCase("sql") && fn.volatility() != Volatility.IMMUTABLE;
                    candidates.add(new Candidate(args, returnType.orElse(TypeSystem.UNKNOWN), fn.volatility(),
                            describe(fn.name().display(), args),
                            inlinable ? Inlining.BODY_UNKNOWN : Inlining.NONE));
                }
            }
            return candidates;
        }

        private static Inlining builtinInlining(BuiltinTables.FunctionInfo fn) {
            return inlining(fn.sql(), fn.volatility(), fn.arguments());
        }

        private static Inlining inlining(boolean sql, Volatility volatility, List<String> arguments) {
            boolean polymorphic = arguments.stream().anyMatch(TypeSystem.POLYMORPHIC::contains);
            return sql && polymorphic && volatility != Volatility.IMMUTABLE
                    ? Inlining.POLYMORPHIC_ARGUMENTS_CAST_TO_TEXT : Inlining.NONE;
        }

        private static Optional<List<String>> expand(List<String> declared, Optional<String> variadic, int defaults,
                                                     int nargs) {
            int pronargs = declared.size();
            if (variadic.isPresent() && nargs >= pronargs) {
                List<String> args = new ArrayList<>(declared.subList(0, pronargs - 1));
                while (args.size() < nargs) {
                    args.add(variadic.get());
                }
                return Optional.of(args);
            }
            if (nargs == pronargs) {
                return Optional.of(declared);
            }
            if (nargs < pronargs && nargs + defaults >= pronargs) {
                return Optional.of(List.copyOf(declared.subList(0, nargs)));
            }
            return Optional.empty();
        }

        private static String describe(String name, List<String> arguments) {
            return name + "(" + String.join(", ", arguments) + ")";
        }

        private Optional<String> sqlValueFunction(Expr.SqlValueFunction v) {
            String keyword = v.keyword().toUpperCase(Locale.ROOT);
            report(v.span(), "function", keyword, Volatility.STABLE);
            return Optional.of(switch (keyword) {
                case "CURRENT_TIMESTAMP" -> "timestamp with time zone";
                case "LOCALTIMESTAMP" -> "timestamp without time zone";
                case "CURRENT_DATE" -> "date";
                case "CURRENT_TIME" -> "time with time zone";
                case "LOCALTIME" -> "time without time zone";
                default -> "name";
            });
        }

        private Optional<String> binary(Expr.BinaryOp b) {
            String op = b.operator().toUpperCase(Locale.ROOT);
            if (op.equals("AND") || op.equals("OR")) {
                int mark = found.size();
                typeOf(b.left());
                typeOf(b.right());
                // The planner folds x AND false to false and x OR true to true before it checks mutability.
                boolean absorbing = op.equals("OR");
                if (isBooleanConstant(b.left(), absorbing) || isBooleanConstant(b.right(), absorbing)) {
                    discardSince(mark);
                }
                return Optional.of("boolean");
            }
            if (op.equals("IS DISTINCT FROM") || op.equals("IS NOT DISTINCT FROM")) {
                operator("=", b.left(), b.right(), b.operatorSpan());
                return Optional.of("boolean");
            }
            if (b.right() instanceof Expr.Opaque quantified && quantified.children().size() == 1
                    && List.of("any", "some", "all").contains(quantified.kind())) {
                return arrayComparison(b, quantified.children().get(0));
            }
            return operator(b.operator(), b.left(), b.right(), b.operatorSpan());
        }

        /** {@code x op ANY (array)}: the operator between {@code x} and the array's element type. */
        private Optional<String> arrayComparison(Expr.BinaryOp b, Expr array) {
            Optional<String> l = typeOf(b.left());
            Optional<String> r = typeOf(array);
            if (l.isEmpty() || r.isEmpty()) {
                return Optional.of("boolean");
            }
            String element = r.get().equals(TypeSystem.UNKNOWN) ? TypeSystem.UNKNOWN
                    : types.element(r.get()).orElse(null);
            if (element != null) {
                binaryOperator(b.operator(), l.get(), element, b.left(), array, b.operatorSpan());
            }
            return Optional.of("boolean");
        }

        private Optional<String> operator(String name, Expr left, Expr right, Span span) {
            Optional<String> l = typeOf(left);
            Optional<String> r = typeOf(right);
            if (l.isEmpty() || r.isEmpty()) {
                return Optional.empty();
            }
            return binaryOperator(name, l.get(), r.get(), left, right, span);
        }

        private Optional<String> binaryOperator(String name, String l, String r, Expr left, Expr right, Span span) {
            List<Candidate> candidates = new ArrayList<>();
            for (BuiltinTables.OperatorInfo o : types.builtins().operators(name)) {
                o.left().ifPresent(lt -> candidates.add(new Candidate(List.of(lt, o.right()), o.result(),
                        o.volatility(), lt + " " + name + " " + o.right(),
                        inlining(o.sql(), o.volatility(), List.of(lt, o.right())))));
            }
            return call(candidates, List.of(l, r), List.of(left, right), span, "operator");
        }

        private Optional<String> unary(Expr.UnaryOp u) {
            String op = u.operator().toUpperCase(Locale.ROOT);
            Optional<String> operand = typeOf(u.operand());
            if (op.equals("NOT")) {
                return Optional.of("boolean");
            }
            if (operand.isEmpty()) {
                return Optional.empty();
            }
            if (op.equals("-") && u.operand() instanceof Expr.Literal) {
                // The grammar folds a minus sign into a numeric constant.
                return operand;
            }
            List<Candidate> candidates = new ArrayList<>();
            for (BuiltinTables.OperatorInfo o : types.builtins().operators(u.operator())) {
                if (o.left().isEmpty()) {
                    candidates.add(new Candidate(List.of(o.right()), o.result(), o.volatility(),
                            u.operator() + " " + o.right(), inlining(o.sql(), o.volatility(), List.of(o.right()))));
                }
            }
            Span opSpan = new Span(u.span().start(), Math.min(u.span().end(), u.span().start() + u.operator().length()));
            return call(candidates, List.of(operand.get()), List.of(u.operand()), opSpan, "operator");
        }

        private Optional<String> atTimeZone(Expr.AtTimeZone a) {
            Optional<String> value = typeOf(a.value());
            Optional<String> zone = typeOf(a.zone());
            if (value.isEmpty() || zone.isEmpty()) {
                return Optional.empty();
            }
            return call(functionCandidates(Optional.empty(), "timezone", 2), List.of(zone.get(), value.get()),
                    List.of(a.zone(), a.value()), a.span(), "function");
        }

        private Optional<String> inList(Expr.InList in) {
            Optional<String> operand = typeOf(in.operand());
            List<Optional<String>> elements = typesOf(in.elements());
            Optional<List<String>> known = allKnown(elements);
            if (operand.isEmpty() || known.isEmpty()) {
                return Optional.of("boolean");
            }
            List<String> all = new ArrayList<>();
            all.add(operand.get());
            all.addAll(known.get());
            Optional<String> common = resolution.commonType(all);
            if (common.isPresent() && in.elements().stream().noneMatch(e -> e instanceof Expr.ColumnRef)) {
                // x IN (a, b) becomes x = ANY (ARRAY[a, b]) with the elements coerced to their common type.
                for (int i = 0; i < in.elements().size(); i++) {
                    coerceImplicitly(in.elements().get(i), known.get().get(i), common.get());
                }
                Expr first = in.elements().get(0);
                binaryOperator("=", operand.get(), common.get(), in.operand(),
                        new Expr.Opaque("array", "", List.of(), first.span()), in.span());
            } else {
                for (int i = 0; i < in.elements().size(); i++) {
                    binaryOperator("=", operand.get(), known.get().get(i), in.operand(), in.elements().get(i),
                            in.span());
                }
            }
            return Optional.of("boolean");
        }

        private Optional<String> between(Expr.Between b) {
            Optional<String> operand = typeOf(b.operand());
            Optional<String> low = typeOf(b.low());
            Optional<String> high = typeOf(b.high());
            if (operand.isPresent() && low.isPresent()) {
                binaryOperator(">=", operand.get(), low.get(), b.operand(), b.low(), b.span());
            }
            if (operand.isPresent() && high.isPresent()) {
                binaryOperator("<=", operand.get(), high.get(), b.operand(), b.high(), b.span());
            }
            return Optional.of("boolean");
        }

        private Optional<String> caseExpr(Expr.Case c) {
            Optional<String> operand = c.operand().flatMap(this::typeOf);
            List<Expr> results = new ArrayList<>();
            List<Boolean> live = new ArrayList<>();
            boolean reachable = true;
            for (Expr.Case.When w : c.whens()) {
                int mark = found.size();
                Optional<String> condition = typeOf(w.condition());
                if (c.operand().isPresent() && operand.isPresent() && condition.isPresent()) {
                    binaryOperator("=", operand.get(), condition.get(), c.operand().get(), w.condition(),
                            w.condition().span());
                }
                // The planner drops WHEN false branches and everything after a WHEN true one.
                boolean never = c.operand().isEmpty() && isBooleanConstant(w.condition(), false);
                if (!reachable || never) {
                    discardSince(mark);
                }
                results.add(w.result());
                live.add(reachable && !never);
                if (c.operand().isEmpty() && isBooleanConstant(w.condition(), true)) {
                    reachable = false;
                }
            }
            if (c.otherwise().isPresent()) {
                results.add(c.otherwise().get());
                live.add(reachable);
            }
            return commonOf(results, live);
        }

        private Optional<String> commonOf(List<Expr> expressions) {
            return commonOf(expressions, expressions.stream().map(e -> true).toList());
        }

        /**
         * Types the expressions, coerces them to their common type, reporting mutable coercions; what happens in
         * expressions the planner removes ({@code live} false) is not reported.
         */
        private Optional<String> commonOf(List<Expr> expressions, List<Boolean> live) {
            List<Optional<String>> typed = new ArrayList<>();
            for (int i = 0; i < expressions.size(); i++) {
                int mark = found.size();
                typed.add(typeOf(expressions.get(i)));
                if (!live.get(i)) {
                    discardSince(mark);
                }
            }
            Optional<List<String>> known = allKnown(typed);
            if (known.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> common = resolution.commonType(known.get());
            common.ifPresent(target -> {
                for (int i = 0; i < expressions.size(); i++) {
                    if (live.get(i)) {
                        coerceImplicitly(expressions.get(i), known.get().get(i), target);
                    }
                }
            });
            return common;
        }

        /** COALESCE drops every argument after the first non-null constant, as the planner does. */
        private Optional<String> coalesce(List<Expr> arguments) {
            List<Boolean> live = new ArrayList<>();
            boolean reachable = true;
            for (Expr a : arguments) {
                live.add(reachable);
                if (isNonNullConstant(a)) {
                    reachable = false;
                }
            }
            return commonOf(arguments, live);
        }

        private static boolean isBooleanConstant(Expr e, boolean value) {
            return e instanceof Expr.Literal l && l.kind() == Expr.Literal.Kind.BOOLEAN
                    && Boolean.parseBoolean(l.value().toLowerCase(Locale.ROOT)) == value;
        }

        private static boolean isNonNullConstant(Expr e) {
            if (e instanceof Expr.Cast c) {
                return isNonNullConstant(c.operand()) && c.operand() instanceof Expr.Literal;
            }
            return e instanceof Expr.Literal l && l.kind() != Expr.Literal.Kind.NULL;
        }

        private void discardSince(int mark) {
            while (found.size() > mark) {
                found.remove(found.size() - 1);
            }
        }

        private Optional<String> array(Expr.ArrayConstructor a) {
            if (a.elements().isEmpty()) {
                return Optional.empty();
            }
            return commonOf(a.elements()).flatMap(types::arrayOf);
        }

        private Optional<String> opaque(Expr.Opaque o) {
            String kind = o.kind().toLowerCase(Locale.ROOT);
            switch (kind) {
                case "coalesce" -> {
                    return coalesce(o.children());
                }
                case "greatest", "least" -> {
                    return commonOf(o.children());
                }
                case "nullif" -> {
                    if (o.children().size() == 2) {
                        Optional<String> first = typeOf(o.children().get(0));
                        operator("=", o.children().get(0), o.children().get(1), o.span());
                        return first;
                    }
                }
                case "is distinct from", "is not distinct from" -> {
                    if (o.children().size() == 2) {
                        operator("=", o.children().get(0), o.children().get(1), o.span());
                        return Optional.of("boolean");
                    }
                }
                case "collate" -> {
                    if (o.children().size() == 1) {
                        return typeOf(o.children().get(0));
                    }
                }
                default -> {
                }
            }
            o.children().forEach(this::typeOf);
            return Optional.empty();
        }

        private void report(Span span, String kind, String description, Volatility volatility) {
            if (volatility != Volatility.IMMUTABLE) {
                found.add(new MutableExpression(span, kind, description, volatility));
            }
        }
    }

}
