package dev.driftguard.volatility;

import dev.driftguard.catalog.Volatility;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PostgreSQL's choice among functions or operators of one name ({@code func_get_detail}, {@code func_match_argtypes},
 * {@code func_select_candidate} and {@code oper()} in {@code parse_func.c} / {@code parse_oper.c}), including the
 * resolution of polymorphic argument and result types.
 */
final class OverloadResolution {

    /**
     * One callable signature with the argument count of the call (defaults and variadic arguments expanded).
     *
     * @param description how a finding names it, e.g. {@code date_trunc(text, timestamp with time zone)}
     * @param inlined     how the planner's inlining of a {@code LANGUAGE sql} function changes what is checked
     */
    record Candidate(List<String> arguments, String returnType, Volatility volatility, String description,
                     Inlining inlined) {

        Candidate(List<String> arguments, String returnType, Volatility volatility, String description) {
            this(arguments, returnType, volatility, description, Inlining.NONE);
        }
    }

    /**
     * What {@code inline_function} does to a call before {@code contain_mutable_functions} looks at it.
     * Every non-IMMUTABLE built-in {@code LANGUAGE sql} function of 12-18 with polymorphic arguments
     * ({@code textanycat}, {@code anytextcat}, {@code quote_literal}, {@code quote_nullable}) casts those arguments
     * to {@code text} around an IMMUTABLE body, so what counts is that cast; a user's SQL function body is not in
     * the catalog model, so its volatility is not known.
     */
    enum Inlining { NONE, POLYMORPHIC_ARGUMENTS_CAST_TO_TEXT, BODY_UNKNOWN }

    /** The chosen candidate, with polymorphic types replaced by the actual ones. */
    record Resolved(Candidate candidate, List<String> argumentTypes, String returnType) {
    }

    private final TypeSystem types;

    OverloadResolution(TypeSystem types) {
        this.types = types;
    }

    /** {@code oper()}: an exact match (an unknown side taken to be the other side's type) before the general search. */
    Optional<Resolved> operator(List<Candidate> candidates, List<String> inputs) {
        List<String> exactInputs = new ArrayList<>(inputs);
        if (inputs.size() == 2) {
            if (inputs.get(0).equals(TypeSystem.UNKNOWN) && !inputs.get(1).equals(TypeSystem.UNKNOWN)) {
                exactInputs.set(0, inputs.get(1));
            } else if (inputs.get(1).equals(TypeSystem.UNKNOWN) && !inputs.get(0).equals(TypeSystem.UNKNOWN)) {
                exactInputs.set(1, inputs.get(0));
            }
        }
        for (Candidate c : candidates) {
            if (c.arguments().equals(exactInputs)) {
                return finish(c, inputs);
            }
        }
        return select(candidates, inputs);
    }

    /** {@code func_get_detail}: an exact match, else the best candidate reachable by implicit coercions. */
    Optional<Resolved> function(List<Candidate> candidates, List<String> inputs) {
        for (Candidate c : candidates) {
            if (c.arguments().equals(inputs)) {
                return finish(c, inputs);
            }
        }
        return select(candidates, inputs);
    }

    private Optional<Resolved> select(List<Candidate> candidates, List<String> inputs) {
        List<Candidate> matching = new ArrayList<>();
        for (Candidate c : candidates) {
            if (coercible(c, inputs)) {
                matching.add(c);
            }
        }
        if (matching.size() == 1) {
            return finish(matching.get(0), inputs);
        }
        if (matching.isEmpty()) {
            return Optional.empty();
        }
        return selectCandidate(matching, inputs).flatMap(c -> finish(c, inputs));
    }

    private boolean coercible(Candidate c, List<String> inputs) {
        for (int i = 0; i < inputs.size(); i++) {
            if (!types.canCoerceImplicitly(inputs.get(i), c.arguments().get(i))) {
                return false;
            }
        }
        return polymorphicBindings(c.arguments(), inputs).isPresent();
    }

    /** {@code func_select_candidate}. */
    private Optional<Candidate> selectCandidate(List<Candidate> candidates, List<String> inputs) {
        int nargs = inputs.size();
        int unknowns = (int) inputs.stream().filter(TypeSystem.UNKNOWN::equals).count();

        List<Candidate> current = keepBest(candidates, c -> {
            int n = 0;
            for (int i = 0; i < nargs; i++) {
                if (!inputs.get(i).equals(TypeSystem.UNKNOWN) && c.arguments().get(i).equals(inputs.get(i))) {
                    n++;
                }
            }
            return n;
        });
        if (current.size() == 1) {
            return Optional.of(current.get(0));
        }

        current = keepBest(current, c -> {
            int n = 0;
            for (int i = 0; i < nargs; i++) {
                String input = inputs.get(i);
                if (!input.equals(TypeSystem.UNKNOWN)) {
                    String arg = c.arguments().get(i);
                    if (arg.equals(input) || (types.category(arg) == types.category(input) && types.preferred(arg))) {
                        n++;
                    }
                }
            }
            return n;
        });
        if (current.size() == 1) {
            return Optional.of(current.get(0));
        }
        if (unknowns == 0) {
            return Optional.empty();
        }

        current = resolveUnknownCategories(current, inputs);
        if (current.size() == 1) {
            return Optional.of(current.get(0));
        }

        if (unknowns < nargs) {
            String known = null;
            boolean same = true;
            for (String input : inputs) {
                if (!input.equals(TypeSystem.UNKNOWN)) {
                    if (known == null) {
                        known = input;
                    } else if (!known.equals(input)) {
                        same = false;
                    }
                }
            }
            if (same && known != null) {
                List<String> assumed = new ArrayList<>();
                for (String input : inputs) {
                    assumed.add(input.equals(TypeSystem.UNKNOWN) ? known : input);
                }
                List<Candidate> fitting = current.stream().filter(c -> coercible(c, assumed)).toList();
                if (fitting.size() == 1) {
                    return Optional.of(fitting.get(0));
                }
            }
        }
        return Optional.empty();
    }

    /** The unknown-literal step: the string category wins, else all candidates must agree, preferred types kept. */
    private List<Candidate> resolveUnknownCategories(List<Candidate> candidates, List<String> inputs) {
        int nargs = inputs.size();
        char[] slotCategory = new char[nargs];
        boolean[] slotPreferred = new boolean[nargs];
        for (int i = 0; i < nargs; i++) {
            if (!inputs.get(i).equals(TypeSystem.UNKNOWN)) {
                continue;
            }
            char category = 0;
            boolean preferred = false;
            boolean conflict = false;
            for (Candidate c : candidates) {
                String arg = c.arguments().get(i);
                char cat = types.category(arg);
                boolean pref = types.preferred(arg);
                if (category == 0) {
                    category = cat;
                    preferred = pref;
                } else if (cat == category) {
                    preferred |= pref;
                } else if (cat == 'S') {
                    category = 'S';
                    preferred = pref;
                } else if (category != 'S') {
                    conflict = true;
                    break;
                }
            }
            if (conflict) {
                return candidates;
            }
            slotCategory[i] = category;
            slotPreferred[i] = preferred;
        }
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean keep = true;
            for (int i = 0; i < nargs && keep; i++) {
                if (!inputs.get(i).equals(TypeSystem.UNKNOWN)) {
                    continue;
                }
                String arg = c.arguments().get(i);
                if (types.category(arg) != slotCategory[i] || (slotPreferred[i] && !types.preferred(arg))) {
                    keep = false;
                }
            }
            if (keep) {
                kept.add(c);
            }
        }
        return kept.isEmpty() ? candidates : kept;
    }

    private static List<Candidate> keepBest(List<Candidate> candidates, java.util.function.ToIntFunction<Candidate> score) {
        int best = -1;
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            int s = score.applyAsInt(c);
            if (s > best) {
                best = s;
                kept.clear();
            }
            if (s == best) {
                kept.add(c);
            }
        }
        return kept;
    }

    private Optional<Resolved> finish(Candidate c, List<String> inputs) {
        return polymorphicBindings(c.arguments(), inputs).map(bindings -> new Resolved(c,
                c.arguments().stream().map(a -> substitute(a, bindings)).toList(),
                substitute(c.returnType(), bindings)));
    }

    private String substitute(String declared, Map<String, String> bindings) {
        return switch (declared) {
            case "anyelement", "anynonarray", "anyenum" -> bindings.getOrDefault("element", declared);
            case "anyarray" -> bindings.containsKey("element")
                    ? types.arrayOf(bindings.get("element")).orElse(declared) : declared;
            case "anycompatible", "anycompatiblenonarray" -> bindings.getOrDefault("compatible", declared);
            case "anycompatiblearray" -> bindings.containsKey("compatible")
                    ? types.arrayOf(bindings.get("compatible")).orElse(declared) : declared;
            default -> declared;
        };
    }

    /**
     * {@code check_generic_type_consistency}: the actual types bound to the polymorphic families, empty when they
     * are inconsistent or cannot be determined (then PostgreSQL would not pick this candidate or would fail).
     */
    private Optional<Map<String, String>> polymorphicBindings(List<String> declared, List<String> inputs) {
        Map<String, String> bindings = new HashMap<>();
        String element = null;
        boolean elementFamily = false;
        boolean nonArray = false;
        boolean enumRequired = false;
        List<String> compatible = new ArrayList<>();
        boolean compatibleFamily = false;
        for (int i = 0; i < declared.size(); i++) {
            String d = declared.get(i);
            String actual = inputs.get(i);
            boolean unknown = actual.equals(TypeSystem.UNKNOWN);
            switch (d) {
                case "anyelement", "anynonarray", "anyenum" -> {
                    elementFamily = true;
                    nonArray |= d.equals("anynonarray");
                    enumRequired |= d.equals("anyenum");
                    if (!unknown) {
                        if (element != null && !element.equals(actual)) {
                            return Optional.empty();
                        }
                        element = actual;
                    }
                }
                case "anyarray" -> {
                    elementFamily = true;
                    if (!unknown) {
                        Optional<String> e = types.category(actual) == 'A' ? types.element(actual) : Optional.empty();
                        if (e.isEmpty() || (element != null && !element.equals(e.get()))) {
                            return Optional.empty();
                        }
                        element = e.get();
                    }
                }
                case "anycompatible", "anycompatiblenonarray" -> {
                    compatibleFamily = true;
                    if (!unknown) {
                        compatible.add(actual);
                    }
                }
                case "anycompatiblearray" -> {
                    compatibleFamily = true;
                    if (!unknown) {
                        Optional<String> e = types.category(actual) == 'A' ? types.element(actual) : Optional.empty();
                        if (e.isEmpty()) {
                            return Optional.empty();
                        }
                        compatible.add(e.get());
                    }
                }
                case "anyrange", "anymultirange", "anycompatiblerange", "anycompatiblemultirange" -> {
                    return Optional.empty();
                }
                default -> {
                }
            }
        }
        if (elementFamily) {
            if (element == null) {
                return Optional.empty();
            }
            if (nonArray && types.category(element) == 'A') {
                return Optional.empty();
            }
            if (enumRequired && !types.isEnum(element)) {
                return Optional.empty();
            }
            bindings.put("element", element);
        }
        if (compatibleFamily) {
            Optional<String> common = compatible.isEmpty() ? Optional.of("text") : commonType(compatible);
            if (common.isEmpty()) {
                return Optional.empty();
            }
            bindings.put("compatible", common.get());
        }
        return Optional.of(bindings);
    }

    /** {@code select_common_type}: empty when the types have no common type (an error in PostgreSQL). */
    Optional<String> commonType(List<String> inputs) {
        String chosen = null;
        for (String type : inputs) {
            if (type.equals(TypeSystem.UNKNOWN)) {
                continue;
            }
            if (chosen == null) {
                chosen = type;
            } else if (!type.equals(chosen)) {
                if (types.category(type) != types.category(chosen)) {
                    return Optional.empty();
                }
                if (!types.preferred(chosen) && types.canCoerceImplicitly(chosen, type)
                        && !types.canCoerceImplicitly(type, chosen)) {
                    chosen = type;
                }
            }
        }
        if (chosen == null) {
            return Optional.of("text");
        }
        for (String type : inputs) {
            if (!types.canCoerceImplicitly(type, chosen)) {
                return Optional.empty();
            }
        }
        return Optional.of(chosen);
    }
}
