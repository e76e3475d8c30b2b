package dev.driftguard.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.driftguard.Driftguard;
import dev.driftguard.Finding;
import dev.driftguard.Report;
import dev.driftguard.Severity;
import dev.driftguard.catalog.ConnectionSettings;
import dev.driftguard.catalog.LiveTarget;
import dev.driftguard.config.MigrationTool;
import dev.driftguard.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The row checks as a production target allows them: through a role that may only SELECT, whose sessions are
 * read-only by default. They count, they show no row contents unless asked, they stay under the scan limit, and they
 * stop at a table's first proven failure.
 */
class RowChecksAsReaderTest {

    private static final String ROLE = "driftguard_rows_reader";
    private static final String PASSWORD = "reader-secret-7";
    private static String readerUrl;

    @TempDir
    static Path project;

    @BeforeAll
    static void targetWithRowsAndAReaderRole() throws Exception {
        String adminUrl = TestPostgres.createDatabase("rowsreader");
        Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)").matcher(adminUrl);
        assertThat(m.find()).isTrue();
        try (Connection c = DriverManager.getConnection(adminUrl); Statement st = c.createStatement()) {
            st.execute("""
                    CREATE TABLE "User" ("id" TEXT PRIMARY KEY, "email" TEXT, "handle" TEXT);
                    INSERT INTO "User" VALUES ('u1', 'ann@example.com', 'ann'), ('u2', NULL, 'ann'),
                        ('u3', NULL, 'cat');
                    CREATE TABLE "Tag" ("label" TEXT);
                    INSERT INTO "Tag" VALUES ('a'), ('a');
                    ANALYZE;
                    """);
            st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + ROLE + "') THEN "
                    + "CREATE ROLE " + ROLE + " LOGIN; END IF; END $$");
            st.execute("SET log_statement = 'none'; SET password_encryption = 'scram-sha-256'; ALTER ROLE " + ROLE
                    + " PASSWORD '" + PASSWORD + "'");
            st.execute("ALTER ROLE " + ROLE + " SET default_transaction_read_only = on");
            st.execute("GRANT CONNECT ON DATABASE " + m.group(3) + " TO " + ROLE);
            st.execute("GRANT USAGE ON SCHEMA public TO " + ROLE);
            st.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + ROLE);
        }
        readerUrl = "postgresql://" + ROLE + ":" + PASSWORD + "@" + m.group(1) + ":" + m.group(2) + "/" + m.group(3);
        Path migrations = Files.createDirectories(project.resolve("migrations"));
        Files.writeString(migrations.resolve("001_require_email.sql"), """
                ALTER TABLE "User" ALTER COLUMN "email" SET NOT NULL;
                CREATE UNIQUE INDEX "User_handle_key" ON "User"("handle");
                CREATE UNIQUE INDEX "Tag_label_key" ON "Tag"("label");
                """);
    }

    private static Report lint(RowCheckOptions options) throws Exception {
        return Driftguard.forProject(project).tool(MigrationTool.SQL).migrations(project.resolve("migrations"))
                .rowChecks(options).against(LiveTarget.of(ConnectionSettings.parse(readerUrl))).lint();
    }

    private static List<Finding> ofRules(Report report, String... ids) {
        return report.findings().stream().filter(f -> List.of(ids).contains(f.ruleId())).toList();
    }

    @Test
    void theReaderRoleCannotWrite() {
        assertThatThrownBy(() -> {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + readerUrl.substring(
                    readerUrl.indexOf('@') + 1), ROLE, PASSWORD); Statement st = c.createStatement()) {
                st.execute("SELECT 1 FROM \"User\"");
                st.execute("CREATE TABLE intruder (id int)");
            }
        }).isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("25006"));
    }

    @Test
    void countsTheRowsAndStopsAtATablesFirstFailure() throws Exception {
        Report report = lint(RowCheckOptions.defaults());

        List<Finding> found = ofRules(report, "not-null-violation", "unique-violation");
        assertThat(found).extracting(Finding::ruleId, Finding::severity, Finding::sqlState).containsExactly(
                org.assertj.core.groups.Tuple.tuple("not-null-violation", Severity.ERROR, java.util.Optional.of("23502")),
                org.assertj.core.groups.Tuple.tuple("unique-violation", Severity.ERROR, java.util.Optional.of("23505")));
        assertThat(found.get(0).message()).contains("2 rows of the target hold NULL");
        assertThat(found.get(0).location().orElseThrow().line()).isEqualTo(1);
        assertThat(found.get(1).message()).contains("\"Tag\"").contains("1 duplicated key");
        assertThat(found).allSatisfy(f -> assertThat(f.message()).doesNotContain("u2").doesNotContain("ann"));
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.message() + f.fix().orElse(""))
                .doesNotContain(PASSWORD));
    }

    @Test
    void showsSampleKeysOnlyWhenAsked() throws Exception {
        Report report = lint(RowCheckOptions.defaults().withShowData(true));

        assertThat(ofRules(report, "not-null-violation")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("(u2)").contains("(u3)"));
    }

    @Test
    void leavesTablesAboveTheScanLimitUnread() throws Exception {
        Report report = lint(RowCheckOptions.defaults().withMaxScannedRows(1));

        List<Finding> found = ofRules(report, "not-null-violation", "unique-violation");
        assertThat(found).isNotEmpty().allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("not checked").contains("more than the 1 a check may scan");
        });
    }

    @Test
    void asksNothingWhenRowChecksAreOff() throws Exception {
        Report report = lint(RowCheckOptions.disabled());

        assertThat(ofRules(report, "not-null-violation", "unique-violation")).isEmpty();
    }
}
