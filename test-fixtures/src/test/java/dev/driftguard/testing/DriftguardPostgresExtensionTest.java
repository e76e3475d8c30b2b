package dev.driftguard.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.driftguard.Driftguard;
import dev.driftguard.Report;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

@DriftguardPostgres(migrations = DriftguardPostgresExtensionTest.CLEAN_MIGRATIONS, upTo = "20250101000000_init")
class DriftguardPostgresExtensionTest {

    static final String CLEAN_PROJECT = "../examples/clean-project";
    static final String CLEAN_MIGRATIONS = CLEAN_PROJECT + "/prisma/migrations";

    private static TestDatabase classDatabase;

    @BeforeAll
    static void remember(TestDatabase database) {
        classDatabase = database;
    }

    @Test
    void theClassDatabaseHoldsTheMigrationsUpToTheGivenOne(TestDatabase database) throws SQLException {
        assertThat(query(database, "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL"))
                .containsExactly("20250101000000_init");
        assertThat(query(database, "SELECT column_name FROM information_schema.columns "
                + "WHERE table_name = 'Order' AND column_name = 'note'")).isEmpty();
    }

    @Test
    void lintingAgainstItChecksOnlyTheMigrationsNotYetDeployed(TestDatabase database) throws Exception {
        Report report = Driftguard.forProject(Path.of(CLEAN_PROJECT)).against(database.dataSource()).lint();

        assertThat(report.migrations()).containsExactly("20250201000000_order_notes");
        // The pending migration alters and indexes "Order", which the database already holds: lock warnings only.
        DriftguardAssertions.assertThat(report).hasNoErrors()
                .hasOnlyFindingsOf("missing-lock-timeout", "non-concurrent-index");
    }

    @Test
    void everyParameterOfTheClassGetsTheClassDatabase(TestDatabase first, TestDatabase second) {
        assertThat(first).isEqualTo(second).isEqualTo(classDatabase);
    }

    @Test
    void anAnnotatedParameterGetsADatabaseOfItsOwnOfTheRequestedVersion(
            TestDatabase fromClass, @DriftguardPostgres(version = "15") TestDatabase own) throws SQLException {
        assertThat(own.name()).isNotEqualTo(fromClass.name()).contains("anannotatedparameter");
        assertThat(query(own, "SELECT current_setting('server_version_num')")).singleElement()
                .satisfies(v -> assertThat(v).startsWith("15"));
        assertThat(query(own, "SELECT to_regclass('\"Order\"')::text")).containsExactly((String) null);
    }

    @Nested
    class NestedClasses {
        @Test
        void shareTheEnclosingClassDatabase(TestDatabase database) {
            assertThat(database).isEqualTo(classDatabase);
        }
    }

    @Test
    void theDatabaseIsDroppedWhenItsScopeEnds() throws SQLException {
        run(ExtensionFixtures.RecordsItsDatabase.class).assertStatistics(s -> s.succeeded(1));

        assertThat(query(classDatabase, "SELECT datname FROM pg_database WHERE datname = '"
                + ExtensionFixtures.RecordsItsDatabase.seen.name() + "'")).isEmpty();
    }

    @Test
    void anUnknownUpToFailsTheTestNamingTheMigrationsThereAre() {
        assertThat(failureOf(ExtensionFixtures.UnknownUpTo.class)).isEqualTo("@DriftguardPostgres(upTo = ...): "
                + "no migration 20250101000000_typo in ../examples/clean-project/prisma/migrations; there are "
                + "[20250101000000_init, 20250201000000_order_notes]");
    }

    @Test
    void upToWithoutMigrationsIsAConfigurationError() {
        assertThat(failureOf(ExtensionFixtures.UpToWithoutMigrations.class))
                .isEqualTo("@DriftguardPostgres(upTo = \"20250101000000_init\") needs migrations = \"<folder>\" too");
    }

    @Test
    void aMigrationPostgresRejectsFailsTheTestWithItsError() {
        assertThat(failureOf(ExtensionFixtures.DeploysAFailingMigration.class))
                .startsWith("deploying ../examples/hand-written-sql/prisma/migrations failed at "
                        + "20250301000000_invoice_number_lookup (SQLSTATE 42P01): "
                        + "ERROR: relation \"invoice\" does not exist");
    }

    private static Events run(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter").configurationParameter(ExtensionFixtures.ENABLED, "true")
                .selectors(selectClass(fixture)).execute().testEvents();
    }

    /** The message of the configuration error that failed the one test of {@code testClass}. */
    private static String failureOf(Class<?> testClass) {
        Throwable failure = run(testClass).failed().list().get(0)
                .getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
        while (!(failure instanceof ExtensionConfigurationException) && failure.getCause() != null) {
            failure = failure.getCause();
        }
        return failure.getMessage();
    }

    private static List<String> query(TestDatabase database, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = database.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
