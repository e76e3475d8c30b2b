package dev.driftguard.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.driftguard.Driftguard;
import dev.driftguard.Finding;
import dev.driftguard.Report;
import dev.driftguard.Severity;
import dev.driftguard.config.DriftguardConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/mixed-history}, linted offline and against a production-like database, reports exactly the
 * failures PostgreSQL then proves, migration by migration, with the SQLSTATE it predicted.
 */
class MixedHistoryTest {

    private static final Path PROJECT = Path.of("..", "examples", "mixed-history");
    private static final String DEPLOYED = "20240201000000_user_directory_view";
    /** What years of use leave behind: an orphan post, one email on two accounts, an EDITOR still there. */
    private static final String ROWS = """
            INSERT INTO "User" ("id", "email") VALUES ('u1', 'ann@example.com'), ('u2', 'bob@example.com'),
                ('u3', 'bob@example.com');
            INSERT INTO "Post" ("id", "authorId", "title") VALUES ('p1', 'u1', 'Hello'), ('p2', 'u-deleted', 'Orphan');
            INSERT INTO "Membership" ("id", "userId", "role") VALUES ('m1', 'u1', 'OWNER'), ('m2', 'u2', 'EDITOR');
            ANALYZE;
            """;

    @Test
    void offlineOnlyTheTypeChangeUnderTheViewFails() throws Exception {
        Report report = Driftguard.forProject(PROJECT).config(DriftguardConfig.defaults()).lint();

        assertThat(errors(report)).extracting(Finding::ruleId, Finding::migration, Finding::sqlState)
                .containsExactly(tuple("dependent-objects", Optional.of("20240601000000_longer_emails"),
                        Optional.of("0A000")));
    }

    @Test
    void liveEachFailurePostgresWillRaiseIsPredicted() throws Exception {
        TestDatabase production = productionLike("mixed_lint");

        Report report = Driftguard.forProject(PROJECT).config(DriftguardConfig.defaults())
                .against(production.dataSource()).lint();

        assertThat(errors(report)).extracting(Finding::ruleId, Finding::migration, Finding::sqlState)
                .containsExactly(
                        tuple("foreign-key-violation", Optional.of("20240301000000_post_author_fk"),
                                Optional.of("23503")),
                        tuple("unique-violation", Optional.of("20240401000000_unique_email"), Optional.of("23505")),
                        tuple("invalid-cast-value", Optional.of("20240501000000_remove_editor_role"),
                                Optional.of("22P02")),
                        tuple("dependent-objects", Optional.of("20240601000000_longer_emails"),
                                Optional.of("0A000")));
        assertThat(errors(report)).allSatisfy(f -> assertThat(f.message()).doesNotContain("bob@example.com"));

        for (Finding f : errors(report)) {
            TestDatabase copy = productionLike("mixed_" + f.ruleId().replace('-', '_'));
            assertThat(sqlStateOf(copy, f.migration().orElseThrow())).as("PostgreSQL running %s", f.migration())
                    .isEqualTo(f.sqlState());
        }
    }

    @Test
    void liveOnCleanRowsOnlyTheViewStillBlocks() throws Exception {
        TestDatabase production = PostgresServer.shared().createDatabase("mixed_clean");
        new PrismaMigrator(production, PROJECT.resolve("prisma/migrations")).deployUpTo(DEPLOYED);
        production.executeScript("""
                INSERT INTO "User" ("id", "email") VALUES ('u1', 'ann@example.com');
                INSERT INTO "Post" ("id", "authorId", "title") VALUES ('p1', 'u1', 'Hello');
                INSERT INTO "Membership" ("id", "userId", "role") VALUES ('m1', 'u1', 'OWNER');
                ANALYZE;
                """);

        Report report = Driftguard.forProject(PROJECT).config(DriftguardConfig.defaults())
                .against(production.dataSource()).lint();

        assertThat(errors(report)).extracting(Finding::ruleId).containsExactly("dependent-objects");
    }

    private static TestDatabase productionLike(String name) throws Exception {
        TestDatabase database = PostgresServer.shared().createDatabase(name);
        PrismaMigrator.Deployment deployed = new PrismaMigrator(database, PROJECT.resolve("prisma/migrations"))
                .deployUpTo(DEPLOYED);
        assertThat(deployed.failure()).isEmpty();
        database.executeScript(ROWS);
        return database;
    }

    /** Runs one migration alone, as Prisma would send it, on the deployed state; the SQLSTATE it fails with. */
    private static Optional<String> sqlStateOf(TestDatabase database, String migration) throws Exception {
        String sql = Files.readString(PROJECT.resolve("prisma/migrations").resolve(migration)
                .resolve("migration.sql"), StandardCharsets.UTF_8);
        try {
            database.executeScript(sql);
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(e.getSQLState());
        }
    }

    private static List<Finding> errors(Report report) {
        return report.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }
}
