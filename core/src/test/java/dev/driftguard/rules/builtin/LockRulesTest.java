package dev.driftguard.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.driftguard.Finding;
import dev.driftguard.Severity;
import dev.driftguard.SourceFile;
import dev.driftguard.catalog.Catalog;
import dev.driftguard.catalog.Column;
import dev.driftguard.catalog.QualifiedName;
import dev.driftguard.catalog.RelationKind;
import dev.driftguard.catalog.Table;
import dev.driftguard.migrations.Migration;
import dev.driftguard.replay.FindingCollector;
import dev.driftguard.replay.Replay;
import dev.driftguard.rules.RuleRegistry;
import dev.driftguard.sql.SqlFrontEnd;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the lock, rewrite and destructive-change rules say depending on the target: its tables' sizes, its major. */
class LockRulesTest {

    /** Rules about locks, rewrites and destructive changes on tables that already hold data. */
    private static final Set<String> LOCK_RULES = Set.of("non-concurrent-index", "add-column-volatile-default",
            "add-not-null-column-without-default", "set-not-null-without-check", "constraint-without-not-valid",
            "unique-constraint-without-index", "column-type-rewrite", "rename-column-or-table", "drop-column-or-table",
            "truncate-table", "update-or-delete-without-where", "missing-lock-timeout");

    private static final String PRISMA_INIT = """
            -- CreateEnum
            CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');

            -- CreateTable
            CREATE TABLE "User" (
                "id" TEXT NOT NULL,
                "email" TEXT NOT NULL,
                "role" "Role" NOT NULL DEFAULT 'USER',
                "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

                CONSTRAINT "User_pkey" PRIMARY KEY ("id")
            );

            -- CreateTable
            CREATE TABLE "Post" (
                "id" TEXT NOT NULL,
                "authorId" TEXT NOT NULL,
                "title" VARCHAR(200) NOT NULL,

                CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
            );

            -- CreateIndex
            CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

            -- CreateIndex
            CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");

            -- AddForeignKey
            ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
            """;

    /** A later pending migration that changes the tables the init migration creates. */
    private static final String PRISMA_SECOND = """
            -- AlterTable
            ALTER TABLE "Post" ADD COLUMN     "slug" TEXT NOT NULL,
            ADD COLUMN     "publicId" UUID NOT NULL DEFAULT gen_random_uuid();

            -- AlterTable
            ALTER TABLE "User" ALTER COLUMN "email" SET DATA TYPE VARCHAR(100);

            -- CreateIndex
            CREATE UNIQUE INDEX "Post_slug_key" ON "Post"("slug");
            """;

    @Test
    void freshPrismaHistoryRaisesNoLockFinding() throws IOException {
        Path example = Path.of("../examples/vps-subset/prisma/migrations/20251201000000_init_fresh/migration.sql");
        List<Migration> history = List.of(
                migration("20251201000000_init_fresh", Files.readString(example, StandardCharsets.UTF_8)),
                migration("20260101000000_init", PRISMA_INIT),
                migration("20260102000000_post_slug", PRISMA_SECOND));

        List<Finding> findings = lint(Catalog.empty(), history, 16);

        assertThat(findings).filteredOn(f -> LOCK_RULES.contains(f.ruleId())).isEmpty();
    }

    @Test
    void indexOnExistingTableIsAWarningWhenItsSizeIsUnknown() {
        List<Finding> findings = lint(target(Optional.empty(), Optional.empty()),
                List.of(migration("m", "CREATE INDEX \"User_email_idx\" ON \"User\"(\"email\");")), 16);

        assertThat(findings).filteredOn(f -> f.ruleId().equals("non-concurrent-index"))
                .extracting(Finding::severity, f -> f.location().orElseThrow().line(),
                        f -> f.location().orElseThrow().column(), Finding::message)
                .containsExactly(tuple(Severity.WARNING, 1, 34, "CREATE INDEX takes a SHARE lock on \"User\" until the "
                        + "index is built: every INSERT, UPDATE and DELETE on it waits"));
    }

    @Test
    void indexOnLargeTableIsAnErrorThatNamesItsSize() {
        List<Finding> findings = lint(target(Optional.of(5L << 30), Optional.of(40_000_000L)),
                List.of(migration("m", "SET lock_timeout = '5s';\nCREATE INDEX \"User_email_idx\" ON \"User\"(\"email\");")),
                16);

        assertThat(findings).filteredOn(f -> LOCK_RULES.contains(f.ruleId()))
                .extracting(Finding::ruleId, Finding::severity, f -> f.location().orElseThrow().line(), Finding::message)
                .containsExactly(tuple("non-concurrent-index", Severity.ERROR, 2, "CREATE INDEX takes a SHARE lock on "
                        + "\"User\" (5.0 GB, about 40000000 rows) until the index is built: every INSERT, UPDATE and "
                        + "DELETE on it waits"));
    }

    @Test
    void rowEstimateAloneDecidesWhenTheSizeIsUnknown() {
        List<Finding> findings = lint(target(Optional.empty(), Optional.of(2_000_000L)),
                List.of(migration("m", "ALTER TABLE \"User\" DROP COLUMN \"email\";")), 16);

        assertThat(findings).filteredOn(f -> f.ruleId().equals("drop-column-or-table"))
                .extracting(Finding::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void smallTableStaysAWarning() {
        List<Finding> findings = lint(target(Optional.of(64L * 1024 * 1024), Optional.of(90_000L)),
                List.of(migration("m", "ALTER TABLE \"User\" DROP COLUMN \"email\";")), 16);

        assertThat(findings).filteredOn(f -> f.ruleId().equals("drop-column-or-table"))
                .extracting(Finding::severity, Finding::message)
                .containsExactly(tuple(Severity.WARNING, "dropping column \"email\" of \"User\" (64 MB, about 90000 "
                        + "rows) deletes its data for good and takes an ACCESS EXCLUSIVE lock; the running code fails "
                        + "on every query that names it (Prisma selects every column)"));
    }

    @Test
    void requiredColumnOnTableWithRowsIsAnError() {
        List<Finding> findings = lint(target(Optional.empty(), Optional.of(12L)),
                List.of(migration("m", "ALTER TABLE \"User\" ADD COLUMN \"slug\" TEXT NOT NULL;")), 16);

        assertThat(findings).filteredOn(f -> f.ruleId().equals("add-not-null-column-without-default"))
                .extracting(Finding::severity, f -> f.location().orElseThrow().column())
                .containsExactly(tuple(Severity.ERROR, 31));
    }

    @Test
    void addingAnEnumValueInAMigrationOfSeveralStatementsFailsBefore12() {
        Catalog withEnum = catalogAfter("CREATE TYPE \"Role\" AS ENUM ('USER');");
        Migration addValue = migration("m", "ALTER TYPE \"Role\" ADD VALUE 'ADMIN';\nSELECT 1;");

        assertThat(lint(withEnum, List.of(addValue), 11)).filteredOn(
                f -> f.ruleId().equals("new-enum-value-used-in-transaction"))
                .extracting(f -> f.sqlState().orElseThrow(), f -> f.location().orElseThrow().column())
                .containsExactly(tuple("25001", 29));
        assertThat(lint(withEnum, List.of(addValue), 12)).filteredOn(
                f -> f.ruleId().equals("new-enum-value-used-in-transaction")).isEmpty();
    }

    @Test
    void timestampToTimestamptzIsInformationFrom12AndAWarningBefore() {
        Catalog users = catalogAfter("CREATE TABLE \"User\" (\"id\" TEXT NOT NULL, \"at\" TIMESTAMP(3));");
        Migration change = migration("m", "ALTER TABLE \"User\" ALTER COLUMN \"at\" SET DATA TYPE TIMESTAMPTZ(3);");

        assertThat(lint(users, List.of(change), 12)).filteredOn(f -> f.ruleId().equals("column-type-rewrite"))
                .extracting(Finding::severity).containsExactly(Severity.INFO);
        assertThat(lint(users, List.of(change), 11)).filteredOn(f -> f.ruleId().equals("column-type-rewrite"))
                .extracting(Finding::severity).containsExactly(Severity.WARNING);
    }

    @Test
    void longIdentifierIsReportedWithTheNamePostgresKeeps() {
        String longName = "Post_" + "x".repeat(60);
        List<Finding> findings = lint(catalogAfter("CREATE TABLE \"Post\" (\"id\" TEXT NOT NULL);"),
                List.of(migration("m", "ALTER TABLE public.\"Post\" ADD COLUMN \"" + longName + "\" TEXT;")), 16);

        assertThat(findings).filteredOn(f -> f.ruleId().equals("identifier-too-long"))
                .extracting(f -> f.location().orElseThrow().column(), Finding::message)
                .containsExactly(tuple(38, "\"" + longName + "\" is 65 bytes long: PostgreSQL truncates it to \""
                        + longName.substring(0, 63) + "\", so later statements and the application that use the full "
                        + "name do not find it"));
        assertThat(IdentifierTooLongRule.lastPart("public.\"a\"\"b\"")).isEqualTo("a\"b");
    }

    @Test
    void binaryCompatibleTypeChangesAreKnown() {
        assertThat(compatible("character varying(255)", "character varying(320)")).isTrue();
        assertThat(compatible("character varying(255)", "text")).isTrue();
        assertThat(compatible("text", "character varying")).isTrue();
        assertThat(compatible("numeric(10,2)", "numeric(14,2)")).isTrue();
        assertThat(compatible("numeric(10,2)", "numeric")).isTrue();
        assertThat(compatible("timestamp(3) without time zone", "timestamp(6) without time zone")).isTrue();
        assertThat(compatible("timestamp(3) without time zone", "timestamp without time zone")).isTrue();
        assertThat(compatible("text[]", "character varying[]")).isTrue();

        assertThat(compatible("character varying(255)", "character varying(100)")).isFalse();
        assertThat(compatible("text", "character varying(100)")).isFalse();
        assertThat(compatible("numeric(10,2)", "numeric(12,4)")).isFalse();
        assertThat(compatible("numeric", "numeric(10,2)")).isFalse();
        assertThat(compatible("integer", "bigint")).isFalse();
        assertThat(compatible("character(10)", "character")).isFalse();
        assertThat(compatible("text", "text[]")).isFalse();
    }

    private static boolean compatible(String from, String to) {
        return ColumnTypeRewriteRule.binaryCompatible(ColumnTypeRewriteRule.Formatted.parse(from),
                ColumnTypeRewriteRule.Formatted.parse(to));
    }

    /** A target holding one table {@code "User"} with the given size, as introspection reports it. */
    private static Catalog target(Optional<Long> sizeBytes, Optional<Long> rows) {
        Catalog base = catalogAfter("CREATE TABLE \"User\" (\"id\" TEXT NOT NULL, \"email\" TEXT NOT NULL);");
        Table user = new Table(QualifiedName.publicName("User"), RelationKind.TABLE,
                List.of(Column.of("id", "text", false), Column.of("email", "text", false)), rows, sizeBytes);
        return new Catalog(base.serverVersion(), base.searchPath(), base.schemas(), List.of(user), base.indexes(),
                base.constraints(), base.enums(), base.domains(), base.sequences(), base.extensions(),
                base.availableExtensions(), base.functions());
    }

    private static Catalog catalogAfter(String sql) {
        return new Replay(List.of())
                .run(Catalog.empty(), List.of(migration("setup", sql)), 16, new FindingCollector()).catalog().toCatalog();
    }

    private static List<Finding> lint(Catalog target, List<Migration> migrations, int major) {
        FindingCollector collector = new FindingCollector();
        new Replay(RuleRegistry.builtin())
                .run(target, migrations, major, collector);
        return collector.findings();
    }

    private static Migration migration(String name, String sql) {
        return new Migration(name, new SqlFrontEnd().parse(new SourceFile(name + "/migration.sql", sql)), "");
    }
}
