package dev.driftguard.sql;

import static dev.driftguard.sql.SqlFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Expressions, read from index predicates, with PostgreSQL's operator names and exact spans. */
class ExpressionTest {
    private static final String PREFIX = "CREATE INDEX i ON t (a) WHERE ";

    private static Expr predicate(String expression) {
        return single(PREFIX + expression, Command.CreateIndex.class).predicate().orElseThrow();
    }

    /** The span of the first occurrence of {@code needle} in {@code expression}. */
    private static Span span(String expression, String needle) {
        int at = expression.indexOf(needle);
        assertThat(at).as("needle %s", needle).isNotNegative();
        return new Span(PREFIX.length() + at, PREFIX.length() + at + needle.length());
    }

    private static Span whole(String expression) {
        return new Span(PREFIX.length(), PREFIX.length() + expression.length());
    }

    @Test
    void likeFamilyUsesOperatorNames() {
        String e = "a LIKE 'x%' AND b ILIKE 'y' AND c NOT LIKE 'z' AND d NOT ILIKE 'w' AND e != f";
        Expr.BinaryOp and = (Expr.BinaryOp) predicate(e);
        List<Expr.BinaryOp> leaves = List.of(
                (Expr.BinaryOp) ((Expr.BinaryOp) ((Expr.BinaryOp) ((Expr.BinaryOp) and.left()).left()).left()).left(),
                (Expr.BinaryOp) ((Expr.BinaryOp) ((Expr.BinaryOp) ((Expr.BinaryOp) and.left()).left()).left()).right(),
                (Expr.BinaryOp) ((Expr.BinaryOp) ((Expr.BinaryOp) and.left()).left()).right(),
                (Expr.BinaryOp) ((Expr.BinaryOp) and.left()).right(),
                (Expr.BinaryOp) and.right());
        assertThat(leaves).extracting(Expr.BinaryOp::operator).containsExactly("~~", "~~*", "!~~", "!~~*", "<>");
        assertThat(leaves.get(2).operatorSpan()).isEqualTo(span(e, "NOT LIKE"));
        assertThat(leaves.get(4).operatorSpan()).isEqualTo(span(e, "!="));
        assertThat(and.operator()).isEqualTo("AND");
        assertThat(and.span()).isEqualTo(whole(e));
    }

    @Test
    void castsInAllThreeSpellingsBecomeCast() {
        String e = "a::text = CAST(b AS varchar(10)) AND c > timestamptz '2024-01-01'";
        Expr.BinaryOp and = (Expr.BinaryOp) predicate(e);
        Expr.BinaryOp eq = (Expr.BinaryOp) and.left();
        Expr.Cast colon = (Expr.Cast) eq.left();
        assertThat(colon.type().name()).isEqualTo("text");
        assertThat(colon.span()).isEqualTo(span(e, "a::text"));
        Expr.Cast cast = (Expr.Cast) eq.right();
        assertThat(cast.type().formatted()).isEqualTo("character varying(10)");
        assertThat(cast.span()).isEqualTo(span(e, "CAST(b AS varchar(10))"));
        Expr.Cast typed = (Expr.Cast) ((Expr.BinaryOp) and.right()).right();
        assertThat(typed.type().name()).isEqualTo("timestamp with time zone");
        assertThat(typed.operand()).isEqualTo(new Expr.Literal(Expr.Literal.Kind.STRING, "2024-01-01",
                span(e, "'2024-01-01'")));
        assertThat(typed.span()).isEqualTo(span(e, "timestamptz '2024-01-01'"));
    }

    @Test
    void functionCallsKnowTheirNameSpan() {
        String e = "\"createdAt\" > pg_catalog.now() - interval '1 day'";
        Expr.BinaryOp gt = (Expr.BinaryOp) predicate(e);
        Expr.BinaryOp minus = (Expr.BinaryOp) gt.right();
        Expr.FunctionCall now = (Expr.FunctionCall) minus.left();
        assertThat(now.name()).isEqualTo(new SqlName(Optional.of("pg_catalog"), "now", span(e, "pg_catalog.now")));
        assertThat(now.nameSpan()).isEqualTo(span(e, "pg_catalog.now"));
        assertThat(now.span()).isEqualTo(span(e, "pg_catalog.now()"));
        assertThat(gt.operatorSpan()).isEqualTo(span(e, ">"));
        assertThat(minus.operatorSpan()).isEqualTo(span(e, "-"));
        assertThat(((Expr.Cast) minus.right()).type().name()).isEqualTo("interval");
    }

    @Test
    void sqlValueFunctionsAreKeywordsNotCalls() {
        String e = "a < CURRENT_TIMESTAMP AND b = current_date AND c = CURRENT_USER AND d < localtimestamp(3)";
        Expr.BinaryOp and = (Expr.BinaryOp) predicate(e);
        Expr.BinaryOp last = (Expr.BinaryOp) and.right();
        assertThat(last.right()).isEqualTo(new Expr.SqlValueFunction("LOCALTIMESTAMP", span(e, "localtimestamp(3)")));
        Expr.BinaryOp first = (Expr.BinaryOp) ((Expr.BinaryOp) ((Expr.BinaryOp) and.left()).left()).left();
        assertThat(first.right()).isEqualTo(new Expr.SqlValueFunction("CURRENT_TIMESTAMP",
                span(e, "CURRENT_TIMESTAMP")));
    }

    @Test
    void atTimeZoneAndExtract() {
        String e = "EXTRACT(EPOCH FROM a AT TIME ZONE 'UTC') > 0";
        Expr.BinaryOp gt = (Expr.BinaryOp) predicate(e);
        Expr.FunctionCall extract = (Expr.FunctionCall) gt.left();
        assertThat(extract.name().name()).isEqualTo("extract");
        assertThat(extract.nameSpan()).isEqualTo(span(e, "EXTRACT"));
        assertThat(extract.arguments().get(0)).isEqualTo(new Expr.Literal(Expr.Literal.Kind.STRING, "epoch",
                span(e, "EPOCH")));
        Expr.AtTimeZone zone = (Expr.AtTimeZone) extract.arguments().get(1);
        Span a = span(e, "a AT");
        assertThat(zone.value()).isEqualTo(new Expr.ColumnRef(List.of("a"), new Span(a.start(), a.start() + 1)));
        assertThat(zone.zone()).isEqualTo(new Expr.Literal(Expr.Literal.Kind.STRING, "UTC", span(e, "'UTC'")));
        assertThat(zone.span()).isEqualTo(span(e, "a AT TIME ZONE 'UTC'"));
    }

    @Test
    void coalesceAndSubqueriesAndSubscriptsAreOpaqueWithChildren() {
        String e = "coalesce(a, now()) > b[1] AND c IN (SELECT 1)";
        Expr.BinaryOp and = (Expr.BinaryOp) predicate(e);
        Expr.BinaryOp gt = (Expr.BinaryOp) and.left();
        Expr.Opaque coalesce = (Expr.Opaque) gt.left();
        assertThat(coalesce.kind()).isEqualTo("coalesce");
        assertThat(coalesce.children()).hasSize(2);
        assertThat(((Expr.FunctionCall) coalesce.children().get(1)).nameSpan()).isEqualTo(span(e, "now"));
        Expr.Opaque subscript = (Expr.Opaque) gt.right();
        assertThat(subscript.kind()).isEqualTo("subscript");
        assertThat(subscript.span()).isEqualTo(span(e, "b[1]"));
        Expr.Opaque in = (Expr.Opaque) and.right();
        assertThat(in.kind()).isEqualTo("in");
        assertThat(in.children()).extracting(Expr::getClass).containsExactly(Expr.ColumnRef.class, Expr.Opaque.class);
    }

    @Test
    void isTestsAndInListsAndBetween() {
        String e = "a IS NOT NULL AND b IS TRUE AND c NOT IN (1, 2) AND d BETWEEN 1 AND 5";
        Expr.BinaryOp and = (Expr.BinaryOp) predicate(e);
        Expr.Between between = (Expr.Between) and.right();
        assertThat(between.span()).isEqualTo(span(e, "d BETWEEN 1 AND 5"));
        Expr.InList in = (Expr.InList) ((Expr.BinaryOp) and.left()).right();
        assertThat(in.negated()).isTrue();
        assertThat(in.elements()).hasSize(2);
        Expr.BinaryOp first = (Expr.BinaryOp) ((Expr.BinaryOp) and.left()).left();
        assertThat(first.left()).isEqualTo(new Expr.IsTest(new Expr.ColumnRef(List.of("a"), span(e, "a")), "NULL",
                true, span(e, "a IS NOT NULL")));
        assertThat(((Expr.IsTest) first.right()).test()).isEqualTo("TRUE");
    }

    @Test
    void jsonbOperatorsAndConcatenationAreBinaryOperators() {
        String e = "data ? 'k' OR data ?| array['a'] OR data ?& b OR data @> '{}' OR data <@ c "
                + "OR (data -> 'x' ->> 'y') = 'z' OR data #> '{a}' IS NULL OR a || b = 'ab'";
        Expr expr = predicate(e);
        java.util.List<String> operators = new java.util.ArrayList<>();
        collectOperators(expr, operators);
        assertThat(operators).containsExactly("?", "OR", "?|", "OR", "?&", "OR", "@>", "OR", "<@", "OR", "->", "->>",
                "=", "OR", "#>", "OR", "||", "=");
    }

    private static void collectOperators(Expr expr, List<String> into) {
        if (expr instanceof Expr.BinaryOp op) {
            collectOperators(op.left(), into);
            into.add(op.operator());
            collectOperators(op.right(), into);
        } else {
            expr.children().forEach(child -> collectOperators(child, into));
        }
    }

    @Test
    void precedenceFollowsPostgresql() {
        String e = "a + b * c = d OR NOT e AND f";
        Expr.BinaryOp or = (Expr.BinaryOp) predicate(e);
        assertThat(or.operator()).isEqualTo("OR");
        Expr.BinaryOp eq = (Expr.BinaryOp) or.left();
        assertThat(eq.operator()).isEqualTo("=");
        Expr.BinaryOp plus = (Expr.BinaryOp) eq.left();
        assertThat(plus.operator()).isEqualTo("+");
        assertThat(((Expr.BinaryOp) plus.right()).operator()).isEqualTo("*");
        Expr.BinaryOp and = (Expr.BinaryOp) or.right();
        assertThat(and.left()).isInstanceOf(Expr.UnaryOp.class);
    }

    @Test
    void parenthesesWidenTheSpanOfTheEnclosingNode() {
        String e = "(a + b) * c > 0";
        Expr.BinaryOp gt = (Expr.BinaryOp) predicate(e);
        Expr.BinaryOp times = (Expr.BinaryOp) gt.left();
        assertThat(times.span()).isEqualTo(span(e, "(a + b) * c"));
        assertThat(times.left().span()).isEqualTo(span(e, "a + b"));
    }

    @Test
    void positionsSurviveUnicodeCommentsAndLineBreaks() {
        String sql = "/* ünïcödé 😀 */\nCREATE INDEX \"i\"\n  ON \"T\" (\n    -- key\n    lower(\"É\")\n  )\n"
                + "  WHERE \"é\" <> '😀' -- done\n;";
        Command.CreateIndex index = single(sql, Command.CreateIndex.class);
        Expr.FunctionCall lower = (Expr.FunctionCall) index.keys().get(0).expression();
        int at = sql.indexOf("lower");
        assertThat(lower.nameSpan()).isEqualTo(new Span(at, at + 5));
        assertThat(lower.arguments()).containsExactly(new Expr.ColumnRef(List.of("É"), new Span(at + 6, at + 9)));
        Expr.BinaryOp ne = (Expr.BinaryOp) index.predicate().orElseThrow();
        int op = sql.indexOf("<>");
        assertThat(ne.operatorSpan()).isEqualTo(new Span(op, op + 2));
        assertThat(ne.right()).isEqualTo(new Expr.Literal(Expr.Literal.Kind.STRING, "😀", new Span(op + 3, op + 7)));
        assertThat(index.table()).isEqualTo(SqlName.unqualified("T", new Span(sql.indexOf("\"T\""),
                sql.indexOf("\"T\"") + 3)));
    }

    @Test
    void unknownConstructsBecomeOpaqueRatherThanFailing() {
        String e = "a IS DISTINCT FROM b AND c SIMILAR TO 'x' AND position('a' in d) > 0 AND e COLLATE \"C\" > 'x'";
        Expr.BinaryOp and = (Expr.BinaryOp) predicate(e);
        assertThat(and.operator()).isEqualTo("AND");
        java.util.List<String> kinds = new java.util.ArrayList<>();
        collectOpaqueKinds(and, kinds);
        assertThat(kinds).containsExactly("is distinct from", "similar to", "position", "collate");
    }

    private static void collectOpaqueKinds(Expr expr, List<String> into) {
        if (expr instanceof Expr.Opaque opaque) {
            into.add(opaque.kind());
        }
        expr.children().forEach(child -> collectOpaqueKinds(child, into));
    }
}
