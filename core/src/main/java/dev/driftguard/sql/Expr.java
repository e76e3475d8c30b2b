package dev.driftguard.sql;

import java.util.List;
import java.util.Optional;

/**
 * A scalar expression from an index key, an index predicate, a default, a check or a generated column, in our own
 * model so that nothing outside {@code sql} sees the parser's types. Every node knows its exact span.
 * Constructs the model does not name become {@link Opaque}, which keeps its children so analyses can still look
 * inside.
 */
public sealed interface Expr {

    Span span();

    /** Direct sub-expressions, in source order. */
    List<Expr> children();

    /** {@code col}, {@code t.col}. */
    record ColumnRef(List<String> parts, Span span) implements Expr {
        public ColumnRef {
            parts = List.copyOf(parts);
        }

        public String column() {
            return parts.get(parts.size() - 1);
        }

        @Override
        public List<Expr> children() {
            return List.of();
        }
    }

    /** A constant. String literals have type {@code unknown} until context gives them one, as in PostgreSQL. */
    record Literal(Kind kind, String value, Span span) implements Expr {
        public enum Kind { STRING, INTEGER, NUMERIC, BOOLEAN, NULL }

        @Override
        public List<Expr> children() {
            return List.of();
        }
    }

    /** {@code expr::type}, {@code CAST(expr AS type)} and {@code type 'literal'}. */
    record Cast(Expr operand, TypeName type, Span span) implements Expr {
        @Override
        public List<Expr> children() {
            return List.of(operand);
        }
    }

    /**
     * A function call.
     *
     * @param nameSpan the function name alone, where a finding about the function points
     * @param star     {@code count(*)}
     */
    record FunctionCall(SqlName name, List<Expr> arguments, boolean star, Span nameSpan, Span span) implements Expr {
        public FunctionCall {
            arguments = List.copyOf(arguments);
        }

        @Override
        public List<Expr> children() {
            return arguments;
        }
    }

    /**
     * A keyword that reads the clock or the session: {@code CURRENT_TIMESTAMP}, {@code CURRENT_DATE},
     * {@code CURRENT_TIME}, {@code LOCALTIMESTAMP}, {@code LOCALTIME}, {@code CURRENT_USER}, {@code SESSION_USER},
     * {@code CURRENT_ROLE}, {@code USER}, {@code CURRENT_CATALOG}, {@code CURRENT_SCHEMA}; PostgreSQL treats them
     * all as STABLE.
     *
     * @param keyword upper case, without precision
     */
    record SqlValueFunction(String keyword, Span span) implements Expr {
        @Override
        public List<Expr> children() {
            return List.of();
        }
    }

    /**
     * A binary operator, with the operator spelled as PostgreSQL names it in {@code pg_operator}: {@code LIKE} is
     * {@code ~~}, {@code ILIKE} is {@code ~~*}, {@code <>} and {@code !=} are {@code <>}. {@code AND} and {@code OR}
     * are kept as words.
     *
     * @param operatorSpan the operator token, where a finding about the operator points
     */
    record BinaryOp(String operator, Expr left, Expr right, Span operatorSpan, Span span) implements Expr {
        @Override
        public List<Expr> children() {
            return List.of(left, right);
        }
    }

    /** A prefix operator: {@code NOT}, {@code -}, {@code @}, ... */
    record UnaryOp(String operator, Expr operand, Span span) implements Expr {
        @Override
        public List<Expr> children() {
            return List.of(operand);
        }
    }

    /** {@code x IS [NOT] NULL}, {@code x IS [NOT] TRUE}, ...: no function involved. */
    record IsTest(Expr operand, String test, boolean negated, Span span) implements Expr {
        @Override
        public List<Expr> children() {
            return List.of(operand);
        }
    }

    /** {@code value AT TIME ZONE zone}: the function {@code timezone(zone, value)}. */
    record AtTimeZone(Expr value, Expr zone, Span span) implements Expr {
        @Override
        public List<Expr> children() {
            return List.of(value, zone);
        }
    }

    /** {@code x [NOT] IN (a, b)}: the {@code =} operator applied to each element. */
    record InList(Expr operand, List<Expr> elements, boolean negated, Span span) implements Expr {
        public InList {
            elements = List.copyOf(elements);
        }

        @Override
        public List<Expr> children() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(operand), elements.stream()).toList();
        }
    }

    /** {@code x [NOT] BETWEEN a AND b}: the {@code >=} and {@code <=} operators. */
    record Between(Expr operand, Expr low, Expr high, boolean negated, Span span) implements Expr {
        @Override
        public List<Expr> children() {
            return List.of(operand, low, high);
        }
    }

    /** {@code CASE [operand] WHEN ... THEN ... [ELSE ...] END}; a simple CASE compares with {@code =}. */
    record Case(Optional<Expr> operand, List<When> whens, Optional<Expr> otherwise, Span span) implements Expr {
        public record When(Expr condition, Expr result) {
        }

        public Case {
            whens = List.copyOf(whens);
        }

        @Override
        public List<Expr> children() {
            java.util.List<Expr> all = new java.util.ArrayList<>();
            operand.ifPresent(all::add);
            whens.forEach(w -> {
                all.add(w.condition());
                all.add(w.result());
            });
            otherwise.ifPresent(all::add);
            return all;
        }
    }

    /** {@code ARRAY[a, b]}. */
    record ArrayConstructor(List<Expr> elements, Span span) implements Expr {
        public ArrayConstructor {
            elements = List.copyOf(elements);
        }

        @Override
        public List<Expr> children() {
            return elements;
        }
    }

    /** {@code (a, b)} and {@code ROW(a, b)}. */
    record RowConstructor(List<Expr> elements, Span span) implements Expr {
        public RowConstructor {
            elements = List.copyOf(elements);
        }

        @Override
        public List<Expr> children() {
            return elements;
        }
    }

    /**
     * Anything else (subscripts, subqueries, {@code COALESCE}/{@code NULLIF}/{@code GREATEST}, which are not
     * functions in PostgreSQL, {@code EXTRACT}, ...): its text and its children. Analyses that meet an Opaque node
     * they cannot decide must stay silent rather than guess.
     *
     * @param kind a short name of the construct, e.g. {@code coalesce}, {@code subquery}, {@code extract}
     */
    record Opaque(String kind, String text, List<Expr> children, Span span) implements Expr {
        public Opaque {
            children = List.copyOf(children);
        }
    }
}
