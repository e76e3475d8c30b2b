/**
 * Function, operator and cast volatility by PostgreSQL major, and the expression resolver that decides, as
 * PostgreSQL does, whether an index expression, an index predicate or a generated column is IMMUTABLE.
 *
 * <p>{@link dev.driftguard.volatility.VolatilityAnalyzer} infers the type of every node of an
 * {@link dev.driftguard.sql.Expr} from the column types in scope, resolves overloaded functions and operators the
 * way {@code parse_func.c} and {@code parse_oper.c} do (exact match, implicit coercions, {@code unknown} literals,
 * preferred types per category, polymorphic {@code anyelement}/{@code anyarray}/{@code anycompatible} families,
 * variadic and defaulted arguments, one-argument calls named after a type), inserts the implicit coercions
 * resolution implies, and reports the first function, operator or coercion whose volatility is not IMMUTABLE.
 * Before it checks, PostgreSQL's planner folds constants and inlines {@code LANGUAGE sql} functions; the analyzer
 * mirrors the parts of that which change the answer: {@code x AND false}, {@code x OR true}, {@code CASE WHEN
 * false}/{@code WHEN true}, {@code COALESCE} after a non-null constant, and the built-in SQL functions behind
 * {@code text || anynonarray} and {@code quote_literal(anyelement)}, whose only mutable part is a cast to text.
 *
 * <p>The built-in catalogs come from {@code pg12.tsv.gz} ... {@code pg18.tsv.gz} in this package's resources,
 * dumped from real servers by {@code BuiltinTablesGenerator} (test sources); regenerate them with
 * {@code mvn -B -pl core test -Pgenerate-volatility-tables}. They are loaded lazily, once per major, and shared
 * between threads. {@link dev.driftguard.volatility.BuiltinTypes} answers from the same tables which types a major
 * has built in.
 *
 * <p>Known limits, all on the side of silence rather than false alarms: what it cannot type (an unknown column or
 * function, a subscript, a subquery, {@code SUBSTRING(... FROM ...)}, {@code TRIM(...)}, {@code OVERLAPS} and
 * other constructs the SQL front end keeps opaque) is not judged, though a certainly mutable call inside it still
 * is; the body of a non-IMMUTABLE user {@code LANGUAGE sql} function is not in the catalog model, so such calls
 * are not judged either (the planner would inline and judge the body); range and multirange polymorphism is not
 * resolved.
 */
package dev.driftguard.volatility;
