package dev.driftguard.volatility;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.SourceFile;
import dev.driftguard.catalog.EnumType;
import dev.driftguard.catalog.Function;
import dev.driftguard.catalog.QualifiedName;
import dev.driftguard.catalog.Volatility;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Expr;
import dev.driftguard.sql.SqlFrontEnd;
import dev.driftguard.sql.SqlName;
import dev.driftguard.sql.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VolatilityAnalyzerTest {

    private static final Map<String, String> COLUMNS = Map.of(
            "created_at", "timestamp(3) with time zone",
            "updated_at", "timestamp(3) without time zone",
            "birthday", "date",
            "email", "text",
            "role", "\"Role\"",
            "payload", "jsonb",
            "tags", "text[]");

    private static final FixedCatalogView CATALOG = new FixedCatalogView(
            List.of(new EnumType(QualifiedName.publicName("Role"), List.of("ADMIN", "USER"))), List.of(),
            List.of(new Function(QualifiedName.publicName("tenant_of"), List.of("text"), "text", Volatility.STABLE,
                    "plpgsql")));

    private final VolatilityAnalyzer analyzer = new VolatilityAnalyzer();

    /** An index key expression as the front end reads it, with its offsets in {@link #sql(String)}. */
    private static Expr key(String expression) {
        Command command = new SqlFrontEnd().parse(new SourceFile("m.sql", sql(expression))).statements().get(0)
                .command();
        return ((Command.CreateIndex) command).keys().get(0).expression();
    }

    private static String sql(String expression) {
        return "CREATE INDEX i ON t ((" + expression + "));";
    }

    /** The span of the first {@code token} at or after {@code from} in the statement. */
    private static Span spanOf(String expression, String token, int occurrence) {
        String text = sql(expression);
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.indexOf(token, at + 1);
        }
        return new Span(at, at + token.length());
    }

    private Optional<MutableExpression> analyze(String expression, int major) {
        return analyzer.firstMutable(key(expression), new ExpressionScope(COLUMNS, CATALOG, major));
    }

    private Optional<MutableExpression> analyze(String expression) {
        return analyze(expression, 16);
    }

    @Test
    void pointsAtDateTruncOverTimestamptz() {
        String e = "date_trunc('day', created_at)";
        assertThat(analyze(e)).contains(new MutableExpression(spanOf(e, "date_trunc", 0), "function",
                "date_trunc(text, timestamp with time zone)", Volatility.STABLE));
    }

    @Test
    void acceptsDateTruncOverTimestamp() {
        assertThat(analyze("date_trunc('day', updated_at)")).isEmpty();
    }

    @Test
    void dateTruncOverDatePicksTheTimestamptzVariantBecauseItIsThePreferredType() {
        String e = "date_trunc('day', birthday)";
        assertThat(analyze(e)).contains(new MutableExpression(spanOf(e, "date_trunc", 0), "function",
                "date_trunc(text, timestamp with time zone)", Volatility.STABLE));
    }

    @Test
    void pointsAtTheWholeCastOfTimestamptzToDate() {
        String e = "created_at::date";
        assertThat(analyze(e)).contains(new MutableExpression(spanOf(e, "created_at::date", 0), "cast",
                "timestamp with time zone::date", Volatility.STABLE));
    }

    @Test
    void acceptsCastOfTimestampToDateAndOfTimestamptzAtUtcToDate() {
        assertThat(analyze("updated_at::date")).isEmpty();
        assertThat(analyze("(created_at AT TIME ZONE 'UTC')::date")).isEmpty();
    }

    @Test
    void pointsAtTheOperatorOfTimestamptzPlusInterval() {
        String e = "created_at + interval '1 day'";
        assertThat(analyze(e)).contains(new MutableExpression(spanOf(e, "+", 0), "operator",
                "timestamp with time zone + interval", Volatility.STABLE));
    }

    @Test
    void pointsAtCurrentTimestamp() {
        String e = "created_at < CURRENT_TIMESTAMP";
        Optional<MutableExpression> found = analyze(e);
        assertThat(found).contains(new MutableExpression(spanOf(e, "CURRENT_TIMESTAMP", 0), "function",
                "CURRENT_TIMESTAMP", Volatility.STABLE));
    }

    @Test
    void pointsAtTheFunctionTheAuthorCalledBeforeImplicitParts() {
        String e = "created_at::date = now()";
        assertThat(analyze(e)).map(MutableExpression::span).contains(spanOf(e, "now", 0));
    }

    @Test
    void pointsAtTheFirstOperatorOrCastInSourceOrderWhenNoFunctionIsCalled() {
        String e = "created_at + interval '1 day' > created_at::date";
        assertThat(analyze(e)).map(MutableExpression::span).contains(spanOf(e, "+", 0));
    }

    @Test
    void reportsVolatileFunctions() {
        String e = "random()";
        assertThat(analyze(e)).contains(new MutableExpression(spanOf(e, "random", 0), "function", "random()",
                Volatility.VOLATILE));
    }

    @Test
    void enumToTextRunsTheStableEnumOutputFunction() {
        String e = "role::text";
        assertThat(analyze(e)).contains(new MutableExpression(spanOf(e, "role::text", 0), "cast",
                "\"Role\"::text", Volatility.STABLE));
        assertThat(analyze("role = 'ADMIN'")).isEmpty();
    }

    @Test
    void acceptsTypedLiteralsAndImmutableOperators() {
        assertThat(analyze("created_at > '2025-01-01'::timestamptz")).isEmpty();
        assertThat(analyze("lower(email)")).isEmpty();
        assertThat(analyze("payload ? 'k'")).isEmpty();
        assertThat(analyze("'a' = ANY(tags)")).isEmpty();
    }

    @Test
    void concatIsStableAndToCharToo() {
        String e = "concat(email, 'x')";
        assertThat(analyze(e)).contains(new MutableExpression(spanOf(e, "concat", 0), "function",
                "concat(\"any\")", Volatility.STABLE));
        assertThat(analyze("to_char(updated_at, 'YYYY')")).map(MutableExpression::description)
                .contains("to_char(timestamp without time zone, text)");
    }

    @Test
    void extractIsDatePartBeforePostgres14AndExtractSince() {
        String e = "extract(year from created_at)";
        assertThat(analyze(e, 12)).contains(new MutableExpression(spanOf(e, "extract", 0), "function",
                "date_part(text, timestamp with time zone)", Volatility.STABLE));
        assertThat(analyze(e, 16)).contains(new MutableExpression(spanOf(e, "extract", 0), "function",
                "extract(text, timestamp with time zone)", Volatility.STABLE));
        assertThat(analyze("extract(year from updated_at)", 12)).isEmpty();
    }

    @Test
    void pointsAtAnImplicitCoercionInsertedByCoalesce() {
        String e = "coalesce(updated_at, created_at)";
        assertThat(analyze(e)).contains(new MutableExpression(spanOf(e, "updated_at", 0), "cast",
                "timestamp without time zone::timestamp with time zone", Volatility.STABLE));
    }

    @Test
    void judgesUserFunctionsByTheirDeclaredVolatility() {
        String e = "tenant_of(email)";
        assertThat(analyze(e)).contains(new MutableExpression(spanOf(e, "tenant_of", 0), "function",
                "tenant_of(text)", Volatility.STABLE));
    }

    @Test
    void staysSilentAboutWhatItCannotResolve() {
        assertThat(analyze("no_such_function(created_at)")).isEmpty();
        assertThat(analyze("no_such_column::date")).isEmpty();
        assertThat(analyze("tags[1]::date")).isEmpty();
    }

    @Test
    void stillReportsACertainlyMutablePartInsideWhatItCannotResolve() {
        String e = "no_such_function(now())";
        assertThat(analyze(e)).map(MutableExpression::span).contains(spanOf(e, "now", 0));
    }

    @Test
    void opaqueNodesAreNoAlarm() {
        Expr subquery = new Expr.Opaque("subquery", "(SELECT now())", List.of(), new Span(0, 14));
        assertThat(analyzer.firstMutable(subquery, new ExpressionScope(COLUMNS, CATALOG, 16))).isEmpty();
    }

    @Test
    void analyzesHandBuiltTrees() {
        Expr column = new Expr.ColumnRef(List.of("created_at"), new Span(11, 21));
        Expr day = new Expr.Literal(Expr.Literal.Kind.STRING, "day", new Span(4, 9));
        Expr call = new Expr.FunctionCall(SqlName.unqualified("date_trunc", new Span(0, 10)), List.of(day, column),
                false, new Span(0, 10), new Span(0, 22));
        assertThat(analyzer.firstMutable(call, new ExpressionScope(COLUMNS, CATALOG, 13)))
                .map(MutableExpression::span).contains(new Span(0, 10));
    }

    @Test
    void majorsOutsideTheTablesUseTheNearestOne() {
        assertThat(analyze("created_at::date", 11)).isPresent();
        assertThat(analyze("created_at::date", 19)).isPresent();
    }

    @Test
    void isSafeToShareBetweenThreads() {
        List<Optional<MutableExpression>> results = IntStream.range(0, 64).parallel()
                .mapToObj(i -> analyze("date_trunc('day', created_at)", 12 + i % 7)).toList();
        assertThat(results).allMatch(Optional::isPresent);
    }
}
