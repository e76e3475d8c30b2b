package dev.driftguard.sql;

import static dev.driftguard.fuzz.HostileText.repeated;
import static dev.driftguard.fuzz.HostileText.withinHangGuard;
import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.SourceFile;
import dev.driftguard.catalog.Catalog;
import dev.driftguard.fuzz.HostileText;
import dev.driftguard.migrations.Migration;
import dev.driftguard.replay.FindingCollector;
import dev.driftguard.replay.Replay;
import dev.driftguard.rules.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The SQL front end on hostile input: whatever the text, {@link SqlFrontEnd#parse} returns (no exception, no hang),
 * and its statements lie inside the file, in order, without overlapping. Replay with every built-in rule on the same
 * input returns too. Tries: {@code -Djqwik.tries.default=N}.
 */
class SqlFrontEndFuzzTest {

    private static final SqlFrontEnd FRONT_END = new SqlFrontEnd();

    private static final List<String> FRAGMENTS = List.of("'", "\"", "$$", "$a$", "$a", "/*", "*/", "--", "\0", "(",
            ")", ";", "E'\\", "\\", "U&\"", "U&'", "\uD800", "\uDFFF", "\uFFFF", "\r", "\n", "\r\n", " ", "::", "[",
            "]", "{", "}", ",", ".", "BEGIN", "END", "DO", "$$ BEGIN", "END $$", "CREATE TABLE \"T\" (", "CREATE INDEX",
            "ON", "WHERE", "now()", "ALTER TABLE", "ADD COLUMN", "DEFAULT", "NOT NULL", "USING", "COMMIT", "FUNCTION",
            "LANGUAGE plpgsql", "AS $f$", "$f$", "TYPE", "ENUM", "REFERENCES", "1e", "0x", "B'", "X'", "N'", "😀");

    private static final List<String> SEEDS = seeds();

    @Property
    void mutatedMigrationsParseIntoStatementsInsideTheFile(@ForAll("mutatedSql") String sql) {
        MigrationScript script = withinHangGuard(() -> FRONT_END.parse(new SourceFile("m.sql", sql)));
        assertStatementsInsideAndInOrder(script, sql);
    }

    @Property
    void noiseParsesIntoStatementsInsideTheFile(@ForAll("noiseSql") String sql) {
        MigrationScript script = withinHangGuard(() -> FRONT_END.parse(new SourceFile("m.sql", sql)));
        assertStatementsInsideAndInOrder(script, sql);
    }

    @Property(tries = 60)
    void mutatedMigrationsReplayWithEveryRuleWithoutThrowing(@ForAll("mutatedSql") String sql) {
        FindingCollector findings = new FindingCollector();
        withinHangGuard(() -> replay(sql, findings));
        assertThat(findings.findings()).allSatisfy(f -> assertThat(f.message()).isNotBlank());
    }

    @Example
    void tenMegabyteLineInAnUnterminatedStringIsOneUnparsedStatement() {
        String sql = "INSERT INTO t VALUES ('" + repeated("x", 10_000_000);
        MigrationScript script = withinHangGuard(() -> FRONT_END.parse(new SourceFile("m.sql", sql)));
        assertStatementsInsideAndInOrder(script, sql);
        assertThat(script.statements()).hasSize(1);
    }

    @Example
    void tenMegabyteLineOfStatementsParsesAndReplays() {
        // Statements our own recognizers read; a file of thousands of statements only JSqlParser can judge is far
        // slower (JSqlParser takes about a millisecond to reject each one) and is not what this guards against.
        String statement = "CREATE INDEX \"i\" ON \"t\" (lower(\"a\")) WHERE \"b\" = '" + repeated("x", 1_000) + "';"
                + " ALTER TABLE \"t\" ADD COLUMN \"c\" TEXT NOT NULL DEFAULT 'd;$$e';";
        String sql = repeated(statement, 10_000_000);
        MigrationScript script = withinHangGuard(() -> FRONT_END.parse(new SourceFile("m.sql", sql)));
        assertStatementsInsideAndInOrder(script, sql);
        withinHangGuard(() -> replay(sql, new FindingCollector()));
    }

    @Example
    void deeplyNestedParenthesesInAnIndexExpressionParse() {
        int depth = 100_000;
        String sql = "CREATE INDEX i ON t (" + "(".repeat(depth) + "a" + ")".repeat(depth) + ");\n"
                + "CREATE INDEX j ON t (" + "(".repeat(depth) + "lower(a)" + ");";
        MigrationScript script = withinHangGuard(() -> FRONT_END.parse(new SourceFile("m.sql", sql)));
        assertStatementsInsideAndInOrder(script, sql);
        assertThat(script.statements()).hasSize(2);
        withinHangGuard(() -> replay(sql, new FindingCollector()));
    }

    @Example
    void deeplyNestedExpressionsInDefaultsAndPredicatesReplay() {
        int depth = 20_000;
        String sql = "CREATE TABLE t (a int DEFAULT " + "(1 + ".repeat(depth) + "1" + ")".repeat(depth) + ");\n"
                + "CREATE INDEX i ON t (a) WHERE " + "NOT ".repeat(depth) + "a > 0;\n"
                + "SELECT " + "ARRAY[".repeat(depth) + "1" + "]".repeat(depth) + ";";
        MigrationScript script = withinHangGuard(() -> FRONT_END.parse(new SourceFile("m.sql", sql)));
        assertStatementsInsideAndInOrder(script, sql);
        withinHangGuard(() -> replay(sql, new FindingCollector()));
    }

    @Example
    void nestedCommentOpenedAHundredThousandTimesNeverClosesAndParses() {
        String sql = "CREATE TABLE a (id int);\n" + "/* ".repeat(100_000) + "*/ ;";
        MigrationScript script = withinHangGuard(() -> FRONT_END.parse(new SourceFile("m.sql", sql)));
        assertStatementsInsideAndInOrder(script, sql);
        assertThat(script.statements().get(0).command()).isInstanceOf(Command.CreateTable.class);
    }

    @Example
    void unbalancedDollarQuotesAndNulBytesParse() {
        String sql = "DO $$ BEGIN\0 PERFORM 1; $a$ ; END $b$;\0\0;\nCREATE FUNCTION f() RETURNS int AS $f$ SELECT 1 $$;"
                + repeated("$", 1_000_000);
        assertStatementsInsideAndInOrder(withinHangGuard(() -> FRONT_END.parse(new SourceFile("m.sql", sql))), sql);
        withinHangGuard(() -> replay(sql, new FindingCollector()));
    }

    @Example
    void dataStatementCutShortInsideBracketsIsADataChangeWithoutWhere() {
        String sql = "INSERT INTO \"Setting\" (ke";
        SqlStatement statement = FRONT_END.parse(new SourceFile("m.sql", sql)).statements().get(0);
        assertThat(statement.command()).isEqualTo(new Command.DataChange(Command.DataChange.Kind.INSERT,
                java.util.Optional.of(SqlName.unqualified("Setting", new Span(12, 21))), false));
    }

    @Example
    void fiftyThousandEmptyStatementsParseToNone() {
        String sql = repeated(";\n", 100_000);
        assertThat(withinHangGuard(() -> FRONT_END.parse(new SourceFile("m.sql", sql))).statements()).isEmpty();
    }

    @Provide
    Arbitrary<String> mutatedSql() {
        return HostileText.mutationsOf(SEEDS, FRAGMENTS);
    }

    @Provide
    Arbitrary<String> noiseSql() {
        return HostileText.noise(FRAGMENTS, 60);
    }

    private static Replay.Result replay(String sql, FindingCollector findings) {
        MigrationScript script = FRONT_END.parse(new SourceFile("prisma/migrations/1_fuzz/migration.sql", sql));
        Replay replay = new Replay(RuleRegistry.builtin());
        return replay.run(Catalog.empty(), List.of(new Migration("1_fuzz", script, "0")), 16, findings);
    }

    private static void assertStatementsInsideAndInOrder(MigrationScript script, String sql) {
        assertThat(script.source().text()).isSameAs(sql);
        int previousEnd = 0;
        for (SqlStatement statement : script.statements()) {
            Span span = statement.span();
            assertThat(span.start()).as("statement starts after the previous one ends").isGreaterThanOrEqualTo(previousEnd);
            assertThat(span.end()).as("statement ends inside the file").isLessThanOrEqualTo(sql.length());
            assertThat(statement.command()).isNotNull();
            previousEnd = span.end();
        }
    }

    /** The example project's migrations, and statements Prisma writes that the example lacks. */
    private static List<String> seeds() {
        List<String> seeds = new ArrayList<>(List.of(
                """
                -- CreateEnum
                CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');

                -- CreateTable
                CREATE TABLE "User" (
                    "id" SERIAL NOT NULL,
                    "email" TEXT NOT NULL,
                    "role" "Role" NOT NULL DEFAULT 'USER',
                    "meta" JSONB DEFAULT '{}'::jsonb,
                    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
                );

                -- CreateIndex
                CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
                CREATE INDEX "User_active_idx" ON "User"("email") WHERE "role" = 'ADMIN' AND now() > '2024-01-01';

                -- AddForeignKey
                ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
                ALTER TYPE "Role" ADD VALUE 'OWNER';
                ALTER TABLE "User" ADD COLUMN     "tags" TEXT[], ALTER COLUMN "email" SET DATA TYPE VARCHAR(191);
                """,
                """
                DO $$
                BEGIN
                  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood') THEN
                    CREATE TYPE mood AS ENUM ('sad', 'ok');
                  END IF;
                END $$;
                CREATE OR REPLACE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $fn$
                BEGIN NEW."updatedAt" = now(); RETURN NEW; END; $fn$;
                /* nested /* comment */ still comment */ CREATE EXTENSION IF NOT EXISTS "vector";
                CREATE INDEX CONCURRENTLY "Doc_embedding_idx" ON "Doc" USING hnsw ("embedding" vector_cosine_ops);
                INSERT INTO "Setting" (key, value) VALUES (E'a\\'b', U&'d\\0061t\\+000061'), ('x', $q$y;$q$);
                UPDATE "User" SET "email" = lower("email") WHERE "id" IN (SELECT "id" FROM "User" LIMIT 10);
                BEGIN; SET LOCAL lock_timeout = '5s'; COMMIT;
                """));
        Path migrations = Path.of("..", "examples", "vps-subset", "prisma", "migrations");
        try (Stream<Path> files = Files.walk(migrations)) {
            for (Path file : files.filter(p -> p.getFileName().toString().equals("migration.sql")).sorted().toList()) {
                seeds.add(Files.readString(file));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the example migrations under " + migrations, e);
        }
        return List.copyOf(seeds);
    }
}
