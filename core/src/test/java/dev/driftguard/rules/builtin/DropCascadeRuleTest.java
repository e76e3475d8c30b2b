package dev.driftguard.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.Finding;
import dev.driftguard.SourceFile;
import dev.driftguard.catalog.Catalog;
import dev.driftguard.migrations.Migration;
import dev.driftguard.replay.FindingCollector;
import dev.driftguard.replay.Replay;
import dev.driftguard.sql.SqlFrontEnd;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The drop-cascade warning names what the cascade takes along, as far as the replayed catalog knows it. */
class DropCascadeRuleTest {

    private static final String SETUP = """
            CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');
            CREATE TABLE "User" ("id" TEXT NOT NULL, "email" TEXT, "role" "Role" NOT NULL,
                CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
            CREATE TABLE "Post" ("id" TEXT NOT NULL, "authorId" TEXT,
                CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id"));
            CREATE VIEW "UserEmails" AS SELECT u."id", u."email" FROM "User" u;
            CREATE TABLE "Note" ("id" TEXT NOT NULL);
            """;

    @Test
    void aCascadingDropOfATableNamesTheViewsAndForeignKeysItTakesAlong() {
        assertThat(warning("DROP TABLE \"User\" CASCADE;\n"))
                .contains("here that is view \"UserEmails\", constraint \"Post_authorId_fkey\" on table \"Post\"");
    }

    @Test
    void aCascadingDropOfAColumnOrKeyNamesItsDependents() {
        assertThat(warning("ALTER TABLE \"User\" DROP COLUMN \"email\" CASCADE;\n"))
                .contains("here that is view \"UserEmails\"");
        assertThat(warning("ALTER TABLE \"User\" DROP CONSTRAINT \"User_pkey\" CASCADE;\n"))
                .contains("here that is constraint \"Post_authorId_fkey\" on table \"Post\"");
        assertThat(warning("DROP TYPE \"Role\" CASCADE;\n")).contains("here that is column role of table \"User\"");
    }

    @Test
    void nothingIsNamedWhenNothingIsKnownToDepend() {
        assertThat(warning("DROP TABLE \"Note\" CASCADE;\n")).doesNotContain("here that is");
    }

    private static String warning(String sql) {
        SqlFrontEnd frontEnd = new SqlFrontEnd();
        Catalog start = new Replay(List.of()).run(Catalog.empty(),
                List.of(new Migration("setup", frontEnd.parse(new SourceFile("setup.sql", SETUP)), "x")), 16,
                new FindingCollector()).catalog().toCatalog();
        FindingCollector findings = new FindingCollector();
        new Replay(List.of(new DropCascadeRule())).run(start,
                List.of(new Migration("m", frontEnd.parse(new SourceFile("m.sql", sql)), "x")), 16, findings);
        return findings.findings().stream().map(Finding::message).reduce("", String::concat);
    }
}
