package dev.driftguard.tools.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.driftguard.Driftguard;
import dev.driftguard.Finding;
import dev.driftguard.Report;
import dev.driftguard.Severity;
import dev.driftguard.config.MigrationTool;
import dev.driftguard.history.FlywayHistoryRow;
import dev.driftguard.history.FlywaySchemaHistory;
import dev.driftguard.migrations.Migration;
import dev.driftguard.sql.SqlFrontEnd;
import dev.driftguard.testing.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Flyway itself is the oracle for what Driftguard says about a Flyway project: the real Flyway migrates a real
 * PostgreSQL and fills {@code flyway_schema_history}, and every prediction (checksums, pending versions, what
 * {@code flyway migrate} refuses) is checked against what Flyway then does.
 */
class FlywayAgainstRealFlywayTest {

    @TempDir
    Path project;

    private String url;
    private PGSimpleDataSource dataSource;

    @BeforeEach
    void database() throws Exception {
        url = TestPostgres.createDatabase("flyway");
        dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        Files.createDirectories(project.resolve("db/migration"));
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(project.resolve("db/migration").resolve(name), text, StandardCharsets.UTF_8);
    }

    private Flyway flyway(boolean outOfOrder) {
        return configure().outOfOrder(outOfOrder).load();
    }

    private FluentConfiguration configure() {
        return Flyway.configure().dataSource(dataSource).locations("filesystem:" + project.resolve("db/migration"));
    }

    /** Flyway with its migration lock held at session level instead of in a transaction left open. */
    private Flyway withSessionLock() throws Exception {
        Files.writeString(project.resolve("flyway.conf"), "flyway.postgresql.transactional.lock=false\n");
        FluentConfiguration configuration = configure();
        configuration.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        return configuration.load();
    }

    private Report lint() throws Exception {
        return Driftguard.forProject(project).tool(MigrationTool.FLYWAY).against(dataSource).lint();
    }

    private static List<Finding> of(Report report, String rule) {
        return report.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    private void threeMigrationsApplied() throws Exception {
        write("V1__init.sql", "\uFEFFCREATE TABLE users (id bigint PRIMARY KEY, name text);\r\n\r\n"
                + "-- Grüße, in a comment\r\nCREATE TABLE posts (id bigint PRIMARY KEY);\r\n");
        write("V1_1__add_email.sql", "ALTER TABLE users ADD COLUMN email text;\n");
        write("V2__posts_author.sql", "ALTER TABLE posts ADD COLUMN author_id bigint REFERENCES users (id);");
        write("R__user_names.sql", "CREATE OR REPLACE VIEW user_names AS SELECT name FROM users;\n");
        flyway(false).migrate();
    }

    @Test
    void checksumsAndVersionsAreTheOnesFlywayRecords() throws Exception {
        threeMigrationsApplied();
        List<Migration> local = new FlywayTool().load(project, Optional.empty(), new SqlFrontEnd());
        List<FlywayHistoryRow> rows;
        try (Connection c = dataSource.getConnection()) {
            rows = FlywaySchemaHistory.read(c).orElseThrow();
        }
        Map<String, String> recorded = rows.stream().collect(Collectors.toMap(
                r -> r.version().orElse(r.description()), r -> String.valueOf(r.checksum().orElseThrow())));
        assertThat(local).extracting(Migration::name).containsExactly("1", "1.1", "2", "user names");
        assertThat(local).allSatisfy(m -> assertThat(m.checksum()).as(m.name()).isEqualTo(recorded.get(m.name())));

        Report report = lint();
        assertThat(report.migrations()).as("pending").isEmpty();
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void anEditedAppliedMigrationIsTheChecksumMismatchFlywayRefuses() throws Exception {
        threeMigrationsApplied();
        write("V1_1__add_email.sql", "ALTER TABLE users ADD COLUMN email varchar(320);\n");

        List<Finding> modified = of(lint(), "modified-migration");
        assertThat(modified).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.migration()).contains("1.1");
            assertThat(f.location().orElseThrow().file()).isEqualTo("db/migration/V1_1__add_email.sql");
        });
        assertThatThrownBy(() -> flyway(false).migrate()).isInstanceOf(FlywayException.class)
                .hasMessageContaining("checksum mismatch");
    }

    @Test
    void lineEndingsDoNotChangeTheChecksumForFlywayNorForDriftguard() throws Exception {
        threeMigrationsApplied();
        write("V1_1__add_email.sql", "ALTER TABLE users ADD COLUMN email text;\r\n");

        assertThat(of(lint(), "modified-migration")).isEmpty();
        assertThat(flyway(false).validateWithResult().validationSuccessful).isTrue();
    }

    @Test
    void aPendingVersionBelowTheNewestAppliedIsRefusedUnlessOutOfOrder() throws Exception {
        threeMigrationsApplied();
        write("V1_5__late.sql", "CREATE TABLE late (id int);\n");

        Report report = lint();
        assertThat(report.migrations()).containsExactly("1.5");
        assertThat(of(report, "out-of-order-migration")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThatThrownBy(() -> flyway(false).migrate()).isInstanceOf(FlywayException.class)
                .hasMessageContaining("not applied");

        Files.writeString(project.resolve("flyway.conf"), "flyway.outOfOrder=true\n");
        assertThat(of(lint(), "out-of-order-migration")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(flyway(true).migrate().migrationsExecuted).isEqualTo(1);
    }

    @Test
    void anAppliedVersionMissingLocallyIsRefusedButAFutureOneIsNot() throws Exception {
        threeMigrationsApplied();
        Files.delete(project.resolve("db/migration/V1_1__add_email.sql"));

        assertThat(of(lint(), "missing-local-migration")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.migration()).contains("1.1");
        });
        assertThat(flyway(false).validateWithResult().validationSuccessful).isFalse();

        write("V1_1__add_email.sql", "ALTER TABLE users ADD COLUMN email text;\n");
        Files.delete(project.resolve("db/migration/V2__posts_author.sql"));
        assertThat(of(lint(), "missing-local-migration")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(flyway(false).validateWithResult().validationSuccessful).isTrue();
    }

    @Test
    void aChangedRepeatableMigrationIsPendingNotModified() throws Exception {
        threeMigrationsApplied();
        write("R__user_names.sql", "CREATE OR REPLACE VIEW user_names AS SELECT name, email FROM users;\n");

        Report report = lint();
        assertThat(report.migrations()).containsExactly("user names");
        assertThat(of(report, "modified-migration")).isEmpty();
        assertThat(flyway(false).migrate().migrationsExecuted).isEqualTo(1);
    }

    @Test
    void aFailedMigrationOutsideATransactionLeavesTheRowThatBlocksFlyway() throws Exception {
        threeMigrationsApplied();
        write("V3__index.sql", "CREATE INDEX CONCURRENTLY posts_author ON post (author_id);\n");
        Flyway flyway = withSessionLock();

        Report before = lint();
        assertThat(of(before, "missing-relation")).singleElement()
                .satisfies(f -> assertThat(f.location().orElseThrow().line()).isEqualTo(1));
        assertThat(before.findings()).extracting(Finding::ruleId).as("Flyway runs it outside a transaction")
                .doesNotContain("concurrent-index-in-transaction", "tool-refusal", "out-of-order-migration");
        assertThatThrownBy(flyway::migrate).isInstanceOf(FlywayException.class);

        Report after = lint();
        assertThat(of(after, "failed-migration")).singleElement().satisfies(f -> {
            assertThat(f.migration()).contains("3");
            assertThat(f.message()).contains("flyway_schema_history").contains("Detected failed migration");
            assertThat(f.fix()).hasValueSatisfying(fix -> assertThat(fix).contains("flyway repair"));
        });
        assertThatThrownBy(flyway::migrate).isInstanceOf(FlywayException.class)
                .hasMessageContaining("failed migration");
    }

    @Test
    void underFlywaysTransactionalLockAFailedMigrationLeavesNoRow() throws Exception {
        threeMigrationsApplied();
        write("V3__index.sql", "CREATE INDEX CONCURRENTLY posts_author ON post (author_id);\n");
        assertThatThrownBy(() -> flyway(false).migrate()).isInstanceOf(FlywayException.class);

        Report after = lint();
        assertThat(after.findings()).extracting(Finding::ruleId).doesNotContain("failed-migration");
        assertThat(after.migrations()).containsExactly("3");
    }

    @Test
    void aPlaceholderWithoutValueIsRefusedWhereItIs() throws Exception {
        threeMigrationsApplied();
        write("V3__tenant.sql", "CREATE SCHEMA tenant;\nCREATE TABLE tenant.t_${suffix} (id int);\n");

        assertThat(of(lint(), "tool-refusal")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().orElseThrow().line()).isEqualTo(2);
            assertThat(f.location().orElseThrow().column()).isEqualTo(23);
            assertThat(f.message()).contains("No value provided for placeholder: ${suffix}");
        });
        assertThatThrownBy(() -> flyway(false).migrate()).isInstanceOf(FlywayException.class)
                .hasMessageContaining("No value provided for placeholder");

        Files.writeString(project.resolve("flyway.conf"), "flyway.placeholders.suffix=eu\n");
        assertThat(of(lint(), "tool-refusal")).isEmpty();
        assertThat(Flyway.configure().dataSource(dataSource)
                .locations("filesystem:" + project.resolve("db/migration"))
                .placeholders(Map.of("suffix", "eu")).load().migrate().migrationsExecuted).isEqualTo(1);
    }

    @Test
    void transactionalAndNonTransactionalStatementsInOneMigrationAreRefused() throws Exception {
        threeMigrationsApplied();
        write("V3__mixed.sql", "ALTER TABLE posts ADD COLUMN title text;\n"
                + "CREATE INDEX CONCURRENTLY posts_title ON posts (title);\n");

        assertThat(of(lint(), "tool-refusal")).singleElement().satisfies(f -> {
            assertThat(f.location().orElseThrow().line()).isEqualTo(2);
            assertThat(f.message()).contains("Detected both transactional and non-transactional statements");
        });
        assertThatThrownBy(() -> flyway(false).migrate()).isInstanceOf(FlywayException.class)
                .hasMessageContaining("Detected both transactional and non-transactional statements");

        write("V3__mixed.sql", "ALTER TABLE posts ADD COLUMN title text;\n");
        write("V4__index.sql", "CREATE INDEX CONCURRENTLY posts_title ON posts (title);\n");
        Flyway flyway = withSessionLock();
        Report split = lint();
        assertThat(split.findings()).extracting(Finding::ruleId)
                .doesNotContain("tool-refusal", "concurrent-index-in-transaction");
        assertThat(flyway.migrate().migrationsExecuted).isEqualTo(2);
    }

    @Test
    void aConcurrentIndexBuildWaitsForeverOnFlywaysTransactionalLock() throws Exception {
        threeMigrationsApplied();
        write("V3__index.sql", "CREATE INDEX CONCURRENTLY posts_author ON posts (author_id);\n");

        assertThat(of(lint(), "tool-refusal")).singleElement().satisfies(f -> {
            assertThat(f.location().orElseThrow().line()).isEqualTo(1);
            assertThat(f.message()).contains("flyway migrate hangs here");
        });
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<?> migrate = executor.submit(() -> flyway(false).migrate());
            boolean waiting = false;
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                for (int i = 0; i < 300 && !waiting; i++) {
                    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                            + "current_database() AND wait_event_type = 'Lock' AND query LIKE 'CREATE INDEX%'")) {
                        rs.next();
                        waiting = rs.getInt(1) > 0;
                    }
                    if (!waiting) {
                        Thread.sleep(100);
                    }
                }
                assertThat(waiting).as("the index build waits on a lock").isTrue();
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND pid <> pg_backend_pid()");
            }
            assertThatThrownBy(migrate::get).isInstanceOf(ExecutionException.class);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aBaselineStandsForTheVersionsUpToIt() throws Exception {
        write("V1__init.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
        write("V2__posts.sql", "CREATE TABLE posts (id bigint PRIMARY KEY);\n");
        write("V3__comments.sql", "CREATE TABLE comments (id bigint PRIMARY KEY, post_id bigint REFERENCES posts);\n");
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("CREATE TABLE users (id bigint PRIMARY KEY); CREATE TABLE posts (id bigint PRIMARY KEY);");
        }
        Flyway.configure().dataSource(dataSource).baselineVersion("2").load().baseline();

        Report report = lint();
        assertThat(report.migrations()).containsExactly("3");
        assertThat(report.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(flyway(false).migrate().migrationsExecuted).isEqualTo(1);
    }
}
