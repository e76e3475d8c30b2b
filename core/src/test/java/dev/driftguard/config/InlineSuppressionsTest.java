package dev.driftguard.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.Finding;
import dev.driftguard.Location;
import dev.driftguard.Severity;
import dev.driftguard.SourceFile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InlineSuppressionsTest {

    private static final String FILE = "prisma/migrations/m1/migration.sql";

    private static final String SQL = """
            -- driftguard-ignore mutable-function-in-index-predicate: rebuilt nightly
            CREATE INDEX "recent" ON "Log" ("at")
                WHERE "at" > now();

            CREATE INDEX "other" ON "Log" ("x") WHERE "x" > now();
            """;

    private static final List<LineRange> STATEMENTS = List.of(new LineRange(2, 3), new LineRange(5, 5));

    @Test
    void ignoreAboveAStatementSuppressesItsRuleAnywhereInTheStatement() {
        Finding onSecondLine = finding("mutable-function-in-index-predicate", 3, 18);
        SuppressionOutcome outcome = apply(SQL, STATEMENTS, onSecondLine);
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.suppressed()).containsExactly(onSecondLine);
    }

    @Test
    void ignoreDoesNotReachTheNextStatementOrOtherRules() {
        Finding nextStatement = finding("mutable-function-in-index-predicate", 5, 50);
        Finding otherRule = finding("missing-relation", 2, 25);
        Finding covered = finding("mutable-function-in-index-predicate", 3, 18);
        SuppressionOutcome outcome = apply(SQL, STATEMENTS, nextStatement, otherRule, covered);
        assertThat(outcome.findings()).containsExactly(nextStatement, otherRule);
    }

    @Test
    void ignoreMayStandAmongOtherCommentLines() {
        String sql = """
                -- driftguard-ignore missing-relation, missing-type: created by hand on prod
                -- (see ticket 42)
                CREATE INDEX i ON "Gone" USING GIN ("embedding" vector_ops);
                """;
        SuppressionOutcome outcome = apply(sql, List.of(new LineRange(3, 3)),
                finding("missing-relation", 3, 19), finding("missing-type", 3, 40));
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.suppressed()).hasSize(2);
    }

    @Test
    void unusedIgnoreIsReportedAtTheRuleIdItNames() {
        SuppressionOutcome outcome = apply(SQL, STATEMENTS);
        assertThat(outcome.findings()).containsExactly(new Finding("unused-ignore", Severity.WARNING,
                "driftguard-ignore mutable-function-in-index-predicate suppresses nothing in the statement below",
                Optional.of(new Location(FILE, 1, 22, 1, 57)), Optional.of("m1"),
                Optional.of("remove the comment, or correct the rule id"), Optional.empty()));
    }

    @Test
    void onlyTheUnusedIdsOfAnIgnoreAreReported() {
        String sql = "-- driftguard-ignore missing-relation, missing-type\nCREATE INDEX i ON \"Gone\" (a);\n";
        SuppressionOutcome outcome = apply(sql, List.of(new LineRange(2, 2)), finding("missing-relation", 2, 19));
        assertThat(outcome.findings()).extracting(Finding::message)
                .containsExactly("driftguard-ignore missing-type suppresses nothing in the statement below");
        assertThat(outcome.findings().get(0).location()).contains(new Location(FILE, 1, 40, 1, 52));
    }

    @Test
    void ignoreSeparatedByABlankLineIsAboveNoStatement() {
        String sql = "-- driftguard-ignore missing-relation\n\nCREATE INDEX i ON \"Gone\" (a);\n";
        Finding finding = finding("missing-relation", 3, 19);
        SuppressionOutcome outcome = apply(sql, List.of(new LineRange(3, 3)), finding);
        assertThat(outcome.findings()).containsExactly(finding, new Finding("unused-ignore", Severity.WARNING,
                "driftguard-ignore is not directly above a statement, so it suppresses nothing",
                Optional.of(new Location(FILE, 1, 1, 1, 38)), Optional.of("m1"),
                Optional.of("remove the comment, or correct the rule id"), Optional.empty()));
    }

    @Test
    void ignoreInsideAStatementCoversTheLineBelowOnly() {
        String sql = """
                CREATE TABLE t (
                  -- driftguard-ignore missing-type: the extension is created by the platform
                  a vector(3),
                  b citext
                );
                """;
        Finding a = finding("missing-type", 3, 5);
        Finding b = finding("missing-type", 4, 5);
        assertThat(apply(sql, List.of(new LineRange(1, 5)), a, b).findings()).containsExactly(b);
    }

    @Test
    void fileIgnoreSuppressesTheRuleInTheWholeFileOnly() {
        String sql = "CREATE INDEX a ON \"Gone\" (x);\nCREATE INDEX b ON \"Gone\" (y);\n"
                + "-- driftguard-ignore-file missing-relation: table made by hand\n";
        Finding first = finding("missing-relation", 1, 19);
        Finding second = finding("missing-relation", 2, 19);
        Finding elsewhere = new Finding("missing-relation", Severity.ERROR, "m",
                Optional.of(new Location("other.sql", 1, 1, 1, 2)), Optional.empty(), Optional.empty(),
                Optional.empty());
        SuppressionOutcome outcome = apply(sql, List.of(new LineRange(1, 1), new LineRange(2, 2)), first, second,
                elsewhere);
        assertThat(outcome.findings()).containsExactly(elsewhere);
        assertThat(outcome.suppressed()).containsExactly(first, second);
    }

    @Test
    void unusedFileIgnoreIsReported() {
        SuppressionOutcome outcome = apply("-- driftguard-ignore-file missing-type\nSELECT 1;\n",
                List.of(new LineRange(2, 2)));
        assertThat(outcome.findings()).extracting(Finding::message)
                .containsExactly("driftguard-ignore-file missing-type suppresses nothing in this file");
    }

    @Test
    void ignoreWithoutRuleIdIsMalformed() {
        SuppressionOutcome outcome = apply("--driftguard-ignore: because\nSELECT 1;\n", List.of(new LineRange(2, 2)));
        assertThat(outcome.findings()).containsExactly(new Finding("malformed-ignore", Severity.WARNING,
                "driftguard-ignore names no rule id", Optional.of(new Location(FILE, 1, 1, 1, 29)),
                Optional.of("m1"), Optional.of("write -- driftguard-ignore rule-id[, rule-id]: reason"),
                Optional.empty()));
    }

    @Test
    void reasonWithoutColonIsMalformedAndSaysHowToWriteIt() {
        SuppressionOutcome outcome = apply("-- driftguard-ignore missing-type because reasons\nSELECT 1;\n",
                List.of(new LineRange(2, 2)));
        assertThat(outcome.findings()).extracting(Finding::message).containsExactly("\"missing-type because reasons\" "
                + "is not a rule id; rule ids are separated by commas and the reason follows a colon");
    }

    @Test
    void misspeltDirectiveIsMalformed() {
        SuppressionOutcome outcome = apply("-- driftguard-ignores missing-type\nSELECT 1;\n",
                List.of(new LineRange(2, 2)));
        assertThat(outcome.findings()).extracting(Finding::message).containsExactly(
                "unknown directive \"driftguard-ignores\"; use driftguard-ignore or driftguard-ignore-file");
    }

    @Test
    void findingsWithoutLocationOrInOtherFilesAreKept() {
        Finding nowhere = new Finding("failed-migration", Severity.ERROR, "m", Optional.empty(), Optional.of("m1"),
                Optional.empty(), Optional.empty());
        assertThat(InlineSuppressions.apply(List.of(nowhere), List.of()).findings()).containsExactly(nowhere);
    }

    @Test
    void statementLinesComeFromAParsedMigration() {
        SourceFile source = new SourceFile(FILE, "SELECT 1;\n\nSELECT\n  2;\n");
        dev.driftguard.sql.MigrationScript script = new dev.driftguard.sql.MigrationScript(source, List.of(
                new dev.driftguard.sql.SqlStatement(new dev.driftguard.sql.Span(0, 8), "SELECT 1", null),
                new dev.driftguard.sql.SqlStatement(new dev.driftguard.sql.Span(11, 21), "SELECT\n  2", null)));
        StatementLines lines = StatementLines.of(new dev.driftguard.migrations.Migration("m1", script, "x"));
        assertThat(lines.statements()).containsExactly(new LineRange(1, 1), new LineRange(3, 4));
        assertThat(lines.migration()).contains("m1");
    }

    private static Finding finding(String rule, int line, int column) {
        return new Finding(rule, Severity.ERROR, "m", Optional.of(new Location(FILE, line, column, line, column + 1)),
                Optional.of("m1"), Optional.empty(), Optional.empty());
    }

    private static SuppressionOutcome apply(String sql, List<LineRange> statements, Finding... findings) {
        StatementLines file = new StatementLines(new SourceFile(FILE, sql), statements, Optional.of("m1"));
        return InlineSuppressions.apply(List.of(findings), List.of(file));
    }
}
