package dev.driftguard.volatility;

import dev.driftguard.sql.Expr;
import java.util.Optional;

/**
 * Decides, as PostgreSQL does, whether an expression is IMMUTABLE: every function, operator and cast in it, after
 * overload and implicit-cast resolution against the column types, must have {@code provolatile = 'i'}.
 * Where it cannot resolve something it answers "immutable" rather than raise a false alarm.
 */
public final class VolatilityAnalyzer {

    /** The first mutable part of {@code expression}, in source order, or empty when it is IMMUTABLE. */
    public Optional<MutableExpression> firstMutable(Expr expression, ExpressionScope scope) {
        throw new UnsupportedOperationException("not yet");
    }
}
