package dev.driftguard.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.driftguard.Finding;
import dev.driftguard.Severity;
import dev.driftguard.SourceFile;
import dev.driftguard.catalog.AvailableExtension;
import dev.driftguard.catalog.Catalog;
import dev.driftguard.catalog.Column;
import dev.driftguard.catalog.QualifiedName;
import dev.driftguard.catalog.Sequence;
import dev.driftguard.catalog.Table;
import dev.driftguard.migrations.Migration;
import dev.driftguard.replay.FindingCollector;
import dev.driftguard.replay.Replay;
import dev.driftguard.rules.RuleRegistry;
import dev.driftguard.sql.SqlFrontEnd;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Where each error rule points and what it predicts: the exact token (line and column of the finding) and the
 * SQLSTATE. That PostgreSQL fails with that SQLSTATE is proven by the rule fixtures.
 */
class ReplayErrorRulesTest {

    private static final SqlFrontEnd FRONT_END = new SqlFrontEnd();
    private static final String SETUP = """
            CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');
            CREATE TABLE "User" (
                "id" TEXT NOT NULL,
                "email" TEXT NOT NULL,
                "role" "Role" NOT NULL DEFAULT 'USER',
                CONSTRAINT "User_pkey" PRIMARY KEY ("id")
            );
            CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
            """;

    @Test
    void missingColumnPointsAtTheIndexKey() {
        assertErrors("CREATE INDEX \"User_name_idx\" ON \"User\"(\"name\");\n")
                .containsExactly(tuple("missing-column", 1, 40, "42703"));
    }

    @Test
    void missingColumnPointsAtTheReferencedColumnOfAForeignKey() {
        assertErrors("""
                CREATE TABLE "Post" ("id" TEXT NOT NULL, "authorId" TEXT NOT NULL);
                ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey"
                    FOREIGN KEY ("authorId") REFERENCES "User"("uuid");
                """).containsExactly(tuple("missing-column", 3, 48, "42703"));
    }

    @Test
    void missingEnumValuePointsAtTheDefaultLiteral() {
        assertErrors("ALTER TABLE \"User\" ALTER COLUMN \"role\" SET DEFAULT 'MEMBER';\n")
                .containsExactly(tuple("missing-enum-value", 1, 52, "22P02"));
    }

    @Test
    void missingEnumValuePointsAtTheMissingNeighbour() {
        assertErrors("ALTER TYPE \"Role\" ADD VALUE 'OWNER' AFTER 'Admin';\n")
                .containsExactly(tuple("missing-enum-value", 1, 43, "22023"));
    }

    @Test
    void missingIndexAndMissingConstraintPointAtTheName() {
        assertErrors("""
                DROP INDEX "User_mail_key";
                ALTER TABLE "User" DROP CONSTRAINT "User_email_fkey";
                """).containsExactly(tuple("missing-index", 1, 12, "42704"),
                tuple("missing-constraint", 2, 36, "42704"));
    }

    @Test
    void droppingTheIndexOfAPrimaryKeyPointsAtTheIndexEvenWithCascade() {
        assertErrors("DROP INDEX \"User_email_key\", \"User_pkey\" CASCADE;\n")
                .containsExactly(tuple("dependent-objects", 1, 30, "2BP01"));
    }

    @Test
    void droppingAReferencedKeyPointsAtTheConstraintName() {
        assertErrors("""
                CREATE TABLE "Post" ("id" TEXT NOT NULL, "authorId" TEXT REFERENCES "User");
                ALTER TABLE "User" DROP CONSTRAINT "User_pkey";
                """).containsExactly(tuple("dependent-objects", 2, 36, "2BP01"));
    }

    @Test
    void droppingAUniqueIndexAForeignKeyReferencesPointsAtTheIndex() {
        assertErrors("""
                CREATE TABLE "Invite" ("id" TEXT NOT NULL, "email" TEXT REFERENCES "User"("email"));
                DROP INDEX IF EXISTS "User_email_key";
                """).containsExactly(tuple("dependent-objects", 2, 22, "2BP01"));
    }

    @Test
    void droppingASequenceADefaultUsesPointsAtTheSequence() {
        assertErrors("""
                CREATE TABLE "Ticket" ("id" SERIAL NOT NULL, "title" TEXT);
                DROP SEQUENCE "Ticket_id_seq";
                """).containsExactly(tuple("dependent-objects", 2, 15, "2BP01"));
    }

    @Test
    void aDefaultReadFromTheTargetNamesItsSequenceAsPostgresqlPrintsIt() {
        Catalog setup = catalogAfterSetup();
        QualifiedName ticket = QualifiedName.publicName("Ticket");
        QualifiedName counter = QualifiedName.of("billing", "Counter");
        Catalog target = new Catalog(setup.serverVersion(), List.of("public"), List.of("public", "billing"),
                List.of(Table.of(ticket, List.of(new Column("id", "integer", false,
                                Optional.of("nextval('\"Ticket_id_seq\"'::regclass)"), Optional.empty(),
                                Optional.empty()))),
                        Table.of(counter, List.of(new Column("n", "bigint", false,
                                Optional.of("nextval('billing.counter_n_seq'::regclass)"), Optional.empty(),
                                Optional.empty())))),
                List.of(), List.of(), List.of(), List.of(),
                List.of(new Sequence(QualifiedName.publicName("Ticket_id_seq"), "integer",
                                Optional.of("public.Ticket.id")),
                        new Sequence(QualifiedName.of("billing", "counter_n_seq"), "bigint",
                                Optional.of("billing.Counter.n"))),
                List.of(), Optional.empty(), List.of());
        assertThat(summaries(errors(target, """
                DROP SEQUENCE "Ticket_id_seq";
                DROP SEQUENCE "billing"."counter_n_seq";
                """, 16))).containsExactly(tuple("dependent-objects", 1, 15, "2BP01"),
                tuple("dependent-objects", 2, 15, "2BP01"));
    }

    @Test
    void droppingASchemaThatHoldsATablePointsAtTheSchema() {
        assertErrors("""
                CREATE SCHEMA "audit";
                CREATE TABLE "audit"."Event" ("id" TEXT);
                DROP SCHEMA "audit";
                """).containsExactly(tuple("dependent-objects", 3, 13, "2BP01"));
    }

    @Test
    void droppingAnExtensionAColumnTypeComesFromPointsAtTheExtension() {
        assertErrors("""
                CREATE EXTENSION "vector";
                ALTER TABLE "User" ADD COLUMN "embedding" vector(1536);
                DROP EXTENSION "vector";
                """).containsExactly(tuple("dependent-objects", 3, 16, "2BP01"));
    }

    @Test
    void missingSchemaPointsAtTheQualifiedName() {
        assertErrors("CREATE TABLE \"audit\".\"Event\" (\"id\" TEXT);\n")
                .containsExactly(tuple("missing-schema", 1, 14, "3F000"));
    }

    @Test
    void duplicateObjectNamesTheSharedRelationNamespace() {
        assertErrors("""
                CREATE TABLE "Tag" ("id" TEXT NOT NULL, CONSTRAINT "User_email_key" PRIMARY KEY ("id"));
                ALTER TABLE "User" ADD COLUMN "email" TEXT;
                ALTER TYPE "Role" ADD VALUE 'ADMIN';
                """).containsExactly(tuple("duplicate-object", 1, 52, "42P07"),
                tuple("duplicate-object", 2, 31, "42701"), tuple("duplicate-object", 3, 29, "42710"));
    }

    @Test
    void wrongObjectKindPointsAtTheNameAndIsTheOnlyErrorPredicted() {
        assertErrors("""
                CREATE VIEW "Member" AS SELECT "id" FROM "User";
                DROP TABLE "User_email_key";
                CREATE INDEX "Member_id_idx" ON "Member"("id");
                ALTER TABLE "Member" ALTER COLUMN "id" SET DEFAULT 'x', ADD COLUMN "note" TEXT;
                DROP VIEW IF EXISTS "Nobody", "User";
                """).containsExactly(tuple("wrong-object-kind", 2, 12, "42809"),
                tuple("wrong-object-kind", 3, 33, "42809"), tuple("wrong-object-kind", 4, 13, "42809"),
                tuple("wrong-object-kind", 5, 31, "42809"));
    }

    @Test
    void primaryKeyConflictPointsAtTheSecondKeyAndTheColumn() {
        assertErrors("""
                CREATE TABLE "Tag" ("id" TEXT PRIMARY KEY, "slug" TEXT PRIMARY KEY);
                ALTER TABLE "User" ADD CONSTRAINT "User_pkey" PRIMARY KEY ("email");
                ALTER TABLE "User" ALTER COLUMN "email" DROP NOT NULL, ALTER COLUMN "id" DROP NOT NULL;
                """).containsExactly(tuple("primary-key-conflict", 1, 56, "42P16"),
                tuple("primary-key-conflict", 2, 24, "42P16"), tuple("primary-key-conflict", 3, 69, "42P16"));
    }

    @Test
    void identityKeyColumnFailsForBeingAnIdentityNotForTheKey() {
        assertThat(summaries(errors(catalogAfterSetup(), """
                CREATE TABLE "Ticket" ("id" INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY);
                ALTER TABLE "Ticket" ALTER COLUMN "id" DROP NOT NULL;
                """, 16))).noneMatch(t -> t.toList().get(0).equals("primary-key-conflict"));
    }

    @Test
    void generatedColumnPointsAtTheMutableFunction() {
        assertErrors("""
                ALTER TABLE "User" ADD COLUMN "seenAt" TIMESTAMPTZ,
                    ADD COLUMN "seenDay" TEXT GENERATED ALWAYS AS (to_char("seenAt", 'YYYY-MM-DD')) STORED;
                """).containsExactly(tuple("mutable-function-in-generated-column", 2, 52, "42P17"));
    }

    @Test
    void concurrentIndexPointsAtConcurrently() {
        assertErrors("""
                ALTER TABLE "User" ADD COLUMN "name" TEXT;
                CREATE INDEX CONCURRENTLY "User_name_idx" ON "User"("name");
                """).containsExactly(tuple("concurrent-index-in-transaction", 2, 14, "25001"));
    }

    @Test
    void concurrentIndexAloneInItsMigrationIsFine() {
        assertErrors("CREATE INDEX CONCURRENTLY \"User_role_idx\" ON \"User\"(\"role\");\n").isEmpty();
    }

    @Test
    void unavailableExtensionIsReportedOnlyWhenTheServerSaysWhatItHas() {
        String sql = "CREATE EXTENSION IF NOT EXISTS \"vector\";\n";
        assertErrors(sql).isEmpty();
        Catalog known = withAvailable(catalogAfterSetup(), "plpgsql", "pg_trgm");
        assertThat(summaries(errors(known, sql, 16)))
                .containsExactly(tuple("unavailable-extension", 1, 32, "0A000"));
        assertThat(summaries(errors(known, sql, 14)))
                .containsExactly(tuple("unavailable-extension", 1, 32, "58P01"));
    }

    @Test
    void guardedStatementsRaiseNothing() {
        assertErrors("""
                DROP INDEX IF EXISTS "User_mail_key";
                ALTER TABLE "User" DROP CONSTRAINT IF EXISTS "User_email_fkey", DROP COLUMN IF EXISTS "name";
                ALTER TABLE "User" ADD COLUMN IF NOT EXISTS "email" TEXT;
                ALTER TYPE "Role" ADD VALUE IF NOT EXISTS 'ADMIN';
                CREATE UNIQUE INDEX IF NOT EXISTS "User_email_key" ON "User"("email");
                CREATE SCHEMA IF NOT EXISTS "audit";
                CREATE TABLE "audit"."Event" ("id" TEXT);
                """).isEmpty();
    }

    private static ListAssert<Tuple> assertErrors(String sql) {
        return assertThat(summaries(errors(catalogAfterSetup(), sql, 16)));
    }

    private static List<Tuple> summaries(List<Finding> findings) {
        return findings.stream().map(ReplayErrorRulesTest::summary).toList();
    }

    private static Tuple summary(Finding f) {
        return tuple(f.ruleId(), f.location().orElseThrow().line(), f.location().orElseThrow().column(),
                f.sqlState().orElse(""));
    }

    private static List<Finding> errors(Catalog start, String sql, int major) {
        FindingCollector findings = new FindingCollector();
        new Replay(RuleRegistry.builtin()).run(start, List.of(migration("m", sql)), major, findings);
        return findings.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    private static Catalog catalogAfterSetup() {
        return new Replay(List.of()).run(Catalog.empty(), List.of(migration("setup", SETUP)), 16,
                new FindingCollector()).catalog().toCatalog();
    }

    private static Catalog withAvailable(Catalog c, String... names) {
        List<AvailableExtension> available = Arrays.stream(names)
                .map(n -> new AvailableExtension(n, Optional.empty())).toList();
        return new Catalog(c.serverVersion(), c.searchPath(), c.schemas(), c.tables(), c.indexes(), c.constraints(),
                c.enums(), c.domains(), c.sequences(), c.extensions(), Optional.of(available), c.functions());
    }

    private static Migration migration(String name, String sql) {
        return new Migration(name, FRONT_END.parse(new SourceFile(name + ".sql", sql)), "");
    }
}
