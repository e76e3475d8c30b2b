package dev.driftguard.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.driftguard.Driftguard;
import dev.driftguard.Report;
import dev.driftguard.config.DriftguardConfig;
import java.nio.file.Path;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.junit.jupiter.api.Test;

/**
 * The sample projects under {@code examples/} say what {@code driftguard lint} reports on them; PostgreSQL, deploying
 * them as Prisma does, agrees.
 */
class SampleProjectsTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @Test
    void cleanProjectHasNoFindingsOnAnEmptyDatabase() throws Exception {
        DriftguardAssertions.assertThat(lint("clean-project")).hasNoFindings();
    }

    @Test
    void multiSchemaProjectHasNoFindingsOnAnEmptyDatabase() throws Exception {
        DriftguardAssertions.assertThat(lint("multi-schema")).hasNoFindings();
    }

    @Test
    void handWrittenSqlProjectHasOnlyItsUnquotedTableName() throws Exception {
        Report report = lint("hand-written-sql");

        DriftguardAssertions.assertThat(report)
                .hasOnlyFindingsOf("missing-relation")
                .hasFindingCount(1)
                .hasFinding("missing-relation").at(3, 45).withSqlState("42P01")
                .inMigration("20250301000000_invoice_number_lookup")
                .inFile("prisma/migrations/20250301000000_invoice_number_lookup/migration.sql")
                .withMessageContaining("relation \"invoice\" does not exist");
    }

    @Test
    void postgresDeploysTheCleanProjects() throws Exception {
        for (String project : new String[] {"clean-project", "multi-schema"}) {
            TestDatabase database = PostgresServer.shared().createDatabase("deploy_" + project);
            PrismaMigrator.Deployment deployment = migrator(database, project).deployAll();
            assertThat(deployment.failure()).as(project).isEmpty();
        }
    }

    @Test
    void postgresRejectsTheHandWrittenMistakeWhereDriftguardSaidItWould() throws Exception {
        TestDatabase database = PostgresServer.shared().createDatabase("deploy_hand_written_sql");

        PrismaMigrator.Deployment deployment = migrator(database, "hand-written-sql").deployAll();

        assertThat(deployment.applied()).hasSize(4);
        assertThat(deployment.failure()).get().satisfies(f -> {
            assertThat(f.migration()).isEqualTo("20250301000000_invoice_number_lookup");
            assertThat(f.sqlState()).isEqualTo("42P01");
            assertThat(f.message()).contains("relation \"invoice\" does not exist");
        });
    }

    @Test
    void handWrittenSqlProjectLintedAgainstItsOwnDeployedStateStillFlagsOnlyTheFailedMigration() throws Exception {
        TestDatabase database = PostgresServer.shared().createDatabase("lint_hand_written_sql");
        migrator(database, "hand-written-sql").deployAll();

        Report report = Driftguard.forProject(EXAMPLES.resolve("hand-written-sql"))
                .against(database.dataSource()).lint();

        DriftguardAssertions.assertThat(report)
                .hasFinding("missing-relation").at(3, 45).inMigration("20250301000000_invoice_number_lookup");
    }

    @Test
    void flywayCleanProjectHasNoFindingsAndFlywayDeploysIt() throws Exception {
        DriftguardAssertions.assertThat(lint("flyway-clean")).hasNoFindings();

        TestDatabase database = PostgresServer.shared().createDatabase("deploy_flyway_clean");
        int executed = Flyway.configure().dataSource(database.dataSource())
                .locations("filesystem:" + EXAMPLES.resolve("flyway-clean/src/main/resources/db/migration"))
                .load().migrate().migrationsExecuted;
        assertThat(executed).isEqualTo(4);
        DriftguardAssertions.assertThat(Driftguard.forProject(EXAMPLES.resolve("flyway-clean"))
                .against(database.dataSource()).lint()).hasNoFindings();
    }

    @Test
    void flywayFailsTheIncidentProjectWhereDriftguardSaidItWould() throws Exception {
        Report predicted = lint("flyway-incident-empty");
        TestDatabase database = PostgresServer.shared().createDatabase("deploy_flyway_incident");
        FluentConfiguration configuration = Flyway.configure().dataSource(database.dataSource())
                .locations("filesystem:" + EXAMPLES.resolve("flyway-incident/src/main/resources/db/migration"));
        configuration.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);

        assertThatThrownBy(() -> configuration.load().migrate()).isInstanceOf(FlywayException.class)
                .rootCause().isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42P17"));
        DriftguardAssertions.assertThat(predicted)
                .hasFinding("mutable-function-in-index-predicate").at(2, 86).withSqlState("42P17").inMigration("3");
    }

    private static Report lint(String project) throws Exception {
        if (project.equals("flyway-incident-empty")) {
            // The incident project on an empty database rather than on its production snapshot.
            return Driftguard.forProject(EXAMPLES.resolve("flyway-incident"))
                    .config(DriftguardConfig.defaults()).lint();
        }
        return Driftguard.forProject(EXAMPLES.resolve(project)).lint();
    }

    private static PrismaMigrator migrator(TestDatabase database, String project) {
        return new PrismaMigrator(database, EXAMPLES.resolve(project).resolve("prisma/migrations"));
    }
}
