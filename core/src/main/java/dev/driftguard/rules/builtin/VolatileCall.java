package dev.driftguard.rules.builtin;

import dev.driftguard.catalog.Function;
import dev.driftguard.catalog.Volatility;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Expr;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a VOLATILE function call in a column default. A default must be evaluated once per row, and so rewrite the
 * table, exactly when it is VOLATILE; STABLE ones such as {@code now()} are evaluated once since PostgreSQL 11.
 * Only functions matter here (operators and casts in defaults are IMMUTABLE or STABLE), so this reads function
 * volatility from the catalog for user functions and from the list below for built-in ones, the volatile built-ins
 * people put in defaults.
 */
final class VolatileCall {

    /** Built-in and contrib ({@code uuid-ossp}, {@code pgcrypto}) functions with {@code provolatile = 'v'}. */
    private static final Set<String> VOLATILE_BUILTINS = Set.of("gen_random_uuid", "uuidv4", "uuidv7", "random",
            "random_normal", "clock_timestamp", "timeofday", "nextval", "setseed", "txid_current", "pg_current_xact_id",
            "uuid_generate_v1", "uuid_generate_v1mc", "uuid_generate_v4", "gen_random_bytes", "gen_salt");

    private VolatileCall() {
    }

    /** The first VOLATILE function call in {@code expression}, in source order. */
    static Optional<Expr.FunctionCall> in(StatementContext context, Expr expression) {
        if (expression instanceof Expr.FunctionCall call && isVolatile(context, call)) {
            return Optional.of(call);
        }
        for (Expr child : expression.children()) {
            Optional<Expr.FunctionCall> found = in(context, child);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static boolean isVolatile(StatementContext context, Expr.FunctionCall call) {
        var userFunctions = context.catalog().resolveFunctions(call.name().schema(), call.name().name());
        if (!userFunctions.isEmpty()) {
            return userFunctions.stream().map(Function::volatility).anyMatch(v -> v == Volatility.VOLATILE);
        }
        boolean builtinSchema = call.name().schema().map(s -> s.equals("pg_catalog") || s.equals("public"))
                .orElse(true);
        return builtinSchema && VOLATILE_BUILTINS.contains(call.name().name());
    }
}
