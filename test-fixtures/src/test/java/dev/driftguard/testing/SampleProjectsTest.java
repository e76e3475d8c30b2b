package dev.driftguard.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.Driftguard;
import dev.driftguard.Report;
import java.nio.file.Path;
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

    private static Report lint(String project) throws Exception {
        return Driftguard.forProject(EXAMPLES.resolve(project)).lint();
    }

    private static PrismaMigrator migrator(TestDatabase database, String project) {
        return new PrismaMigrator(database, EXAMPLES.resolve(project).resolve("prisma/migrations"));
    }
}
