package dev.driftguard.sql;

import static dev.driftguard.sql.SqlFixtures.commands;
import static dev.driftguard.sql.SqlFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {

    private static List<String> texts(String sql) {
        return StatementSplitter.split(sql).stream()
                .map(s -> sql.substring(s.span().start(), s.span().end())).toList();
    }

    @Test
    void splitsAtSemicolonsAndExcludesLeadingCommentsAndTheSemicolon() {
        String sql = "-- CreateTable\nCREATE TABLE a (id int);\n\n/* two */ DROP TABLE b ;\nSELECT 1";
        List<StatementSplitter.RawStatement> statements = StatementSplitter.split(sql);
        assertThat(statements).extracting(StatementSplitter.RawStatement::span)
                .containsExactly(new Span(15, 38), new Span(51, 64), new Span(66, 74));
        assertThat(texts(sql)).containsExactly("CREATE TABLE a (id int)", "DROP TABLE b ", "SELECT 1");
    }

    @Test
    void keepsSemicolonsInsideDollarQuotesWithAndWithoutTags() {
        String sql = "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;"
                + "DO $body$ BEGIN PERFORM 1; $$ still inside $$; END $body$;SELECT 2;";
        assertThat(texts(sql)).containsExactly(
                "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql",
                "DO $body$ BEGIN PERFORM 1; $$ still inside $$; END $body$", "SELECT 2");
    }

    @Test
    void keepsSemicolonsInsideStringsWithDoubledQuotes() {
        assertThat(texts("UPDATE t SET a = 'it''s; fine';SELECT 1;"))
                .containsExactly("UPDATE t SET a = 'it''s; fine'", "SELECT 1");
    }

    @Test
    void escapeStringsTreatBackslashQuoteAsPartOfTheString() {
        assertThat(texts("UPDATE t SET a = E'it\\'s; fine\\\\';SELECT 1;"))
                .containsExactly("UPDATE t SET a = E'it\\'s; fine\\\\'", "SELECT 1");
    }

    @Test
    void standardStringsDoNotTreatBackslashAsEscape() {
        assertThat(texts("SELECT 'a\\';SELECT 2;")).containsExactly("SELECT 'a\\'", "SELECT 2");
    }

    @Test
    void keepsSemicolonsInsideQuotedIdentifiers() {
        assertThat(texts("CREATE TABLE \"a;\"\"b\" (id int);DROP TABLE x;"))
                .containsExactly("CREATE TABLE \"a;\"\"b\" (id int)", "DROP TABLE x");
    }

    @Test
    void keepsSemicolonsInsideNestedBlockCommentsAndLineComments() {
        String sql = "SELECT /* a; /* b; */ c; */ 1 -- d; e\n+ 2;SELECT 3";
        assertThat(texts(sql)).containsExactly("SELECT /* a; /* b; */ c; */ 1 -- d; e\n+ 2", "SELECT 3");
    }

    @Test
    void commentOnlyFilesAndTrailingCommentsProduceNoStatement() {
        assertThat(StatementSplitter.split("-- nothing here\n/* nor; here */\n\n")).isEmpty();
        assertThat(texts("DROP TABLE a;\n-- trailing; comment\n/* and another */\n")).containsExactly("DROP TABLE a");
        assertThat(StatementSplitter.split(";;\n;")).isEmpty();
    }

    @Test
    void crlfLineEndingsKeepExactOffsets() {
        String sql = "-- AlterTable\r\nALTER TABLE \"A\" ADD COLUMN \"b\" TEXT;\r\n\r\n-- DropTable\r\nDROP TABLE \"C\";\r\n";
        assertThat(StatementSplitter.split(sql)).extracting(StatementSplitter.RawStatement::span)
                .containsExactly(new Span(15, 50), new Span(69, 83));
        assertThat(commands(sql)).hasSize(2).allSatisfy(c -> assertThat(c).isNotInstanceOf(Command.Unparsed.class));
    }

    @Test
    void unterminatedStringBecomesOneUnparsedStatementPointingAtTheQuote() {
        String sql = "DROP TABLE a;\nUPDATE t SET a = 'oops;\nDROP TABLE b;";
        MigrationScript script = parse(sql);
        assertThat(script.statements()).hasSize(2);
        SqlStatement broken = script.statements().get(1);
        assertThat(broken.span()).isEqualTo(new Span(14, sql.length()));
        assertThat(broken.command()).isEqualTo(new Command.Unparsed("unterminated quoted string",
                Optional.of(new Span(31, 32))));
    }

    @Test
    void unterminatedCommentDollarQuoteAndIdentifierAreReported() {
        assertThat(commands("SELECT 1 /* open /* nested */")).containsExactly(
                new Command.Unparsed("unterminated /* comment", Optional.of(new Span(9, 10))));
        assertThat(commands("DO $x$ BEGIN END $$;")).containsExactly(
                new Command.Unparsed("unterminated dollar-quoted string $x$", Optional.of(new Span(3, 4))));
        assertThat(commands("DROP TABLE \"abc;")).containsExactly(
                new Command.Unparsed("unterminated quoted identifier", Optional.of(new Span(11, 12))));
    }

    @Test
    void sqlStandardFunctionBodiesKeepTheirSemicolons() {
        String sql = "CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; "
                + "SELECT CASE WHEN a > 0 THEN 1 END; END;DROP TABLE x;";
        assertThat(texts(sql)).containsExactly("CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql BEGIN ATOMIC "
                + "SELECT 1; SELECT CASE WHEN a > 0 THEN 1 END; END", "DROP TABLE x");
        assertThat(commands(sql).get(0)).isInstanceOf(Command.CreateFunction.class);
    }

    @Test
    void dollarSignsInsideIdentifiersAndParametersAreNotQuotes() {
        assertThat(texts("SELECT a$b, $1 FROM t;SELECT 2")).containsExactly("SELECT a$b, $1 FROM t", "SELECT 2");
    }
}
