package dev.driftguard.volatility;

import dev.driftguard.catalog.Volatility;
import dev.driftguard.sql.Span;

/**
 * The first part of an expression that makes it non-IMMUTABLE.
 *
 * @param span        the token to point at: the function name, the operator, the cast
 * @param kind        {@code function}, {@code operator} or {@code cast}
 * @param description what PostgreSQL resolved it to, e.g. {@code now()}, {@code date_trunc(text, timestamp with time zone)},
 *                    {@code timestamp with time zone::date}, {@code timestamp with time zone + interval}
 * @param volatility  its volatility (STABLE or VOLATILE)
 */
public record MutableExpression(Span span, String kind, String description, Volatility volatility) {
}
