package dev.driftguard.tools.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.driftguard.DriftguardException;
import dev.driftguard.config.MigrationTool;
import dev.driftguard.migrations.Migration;
import dev.driftguard.migrations.TransactionMode;
import dev.driftguard.sql.SqlFrontEnd;
import dev.driftguard.tools.MigrationTools;
import dev.driftguard.tools.ToolRefusal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a Flyway project's files are found, named, ordered and configured, without a database. */
class FlywayLayoutTest {

    @TempDir
    Path project;

    private void write(String path, String text) throws Exception {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void versionsAreOrderedAsFlywayOrdersThem() {
        List<String> sorted = Stream.of("1.10", "2", "1.9", "1_2", "1", "1.0.1", "010", "R desc")
                .sorted(FlywayVersion.NAME_ORDER).toList();
        assertThat(sorted).containsExactly("1", "1.0.1", "1_2", "1.9", "1.10", "2", "010", "R desc");
        assertThat(FlywayVersion.parse("1.0").orElseThrow().sameAs(FlywayVersion.parse("1").orElseThrow())).isTrue();
        assertThat(FlywayVersion.parse("1a")).isEmpty();
    }

    @Test
    void configuredLocationsPlaceholdersAndUndoFilesAreHonoured() throws Exception {
        write("flyway.toml", """
                [flyway]
                locations = ["filesystem:sql/core", "filesystem:sql/extra"]
                mixed = true

                [flyway.placeholders]
                owner = "app"
                """);
        write("sql/core/V1__init.sql", "CREATE TABLE t (id int);\nALTER TABLE t OWNER TO ${owner};\n");
        write("sql/extra/V2__index.sql", "CREATE TABLE u (id int);\nCREATE INDEX CONCURRENTLY u_id ON u (id);\n");
        write("sql/extra/U2__index.sql", "DROP TABLE u;\n");
        write("sql/extra/R__views.sql", "CREATE OR REPLACE VIEW v AS SELECT id FROM t;\n");
        write("sql/extra/readme.txt", "not a migration");

        FlywayTool tool = new FlywayTool();
        List<Migration> migrations = tool.load(project, Optional.empty(), new SqlFrontEnd());

        assertThat(migrations).extracting(Migration::name).containsExactly("1", "2", "views");
        assertThat(migrations.get(0).script().statements().get(1).text()).isEqualTo("ALTER TABLE t OWNER TO app");
        assertThat(migrations.get(0).transaction()).isEqualTo(TransactionMode.TRANSACTION);
        assertThat(migrations.get(1).transaction()).as("mixed: every statement on its own")
                .isEqualTo(TransactionMode.AUTOCOMMIT);
        assertThat(tool.refusals()).extracting(ToolRefusal::message)
                .singleElement().asString().contains("flyway migrate hangs here");
        assertThat(tool.anchorFile(project)).isEqualTo("flyway.toml");
    }

    @Test
    void aScriptConfigurationDecidesItsTransaction() throws Exception {
        write("db/migration/V1__reindex.sql", "REINDEX INDEX CONCURRENTLY some_index;\n");
        write("db/migration/V2__vacuum.sql", "CREATE TABLE t (id int);\n");
        write("db/migration/V2__vacuum.sql.conf", "executeInTransaction=false\n");

        List<Migration> migrations = new FlywayTool().load(project, Optional.empty(), new SqlFrontEnd());

        assertThat(migrations).extracting(Migration::transaction)
                .as("Flyway does not know REINDEX ... CONCURRENTLY runs outside a transaction")
                .containsExactly(TransactionMode.TRANSACTION, TransactionMode.AUTOCOMMIT);
    }

    @Test
    void namesFlywaySkipsOrRefusesAreReported() throws Exception {
        write("db/migration/V1__init.sql", "CREATE TABLE t (id int);\n");
        write("db/migration/V1.0__again.sql", "CREATE TABLE u (id int);\n");
        write("db/migration/V2_one_underscore.sql", "CREATE TABLE w (id int);\n");

        FlywayTool tool = new FlywayTool();
        tool.load(project, Optional.empty(), new SqlFrontEnd());

        assertThat(tool.refusals()).extracting(ToolRefusal::message).satisfiesExactlyInAnyOrder(
                m -> assertThat(m).contains("more than one migration with version 1"),
                m -> assertThat(m).contains("Flyway skips V2_one_underscore.sql"));
    }

    @Test
    void theLayoutTellsTheTool() throws Exception {
        assertThat(MigrationTools.detect(project)).isEmpty();
        write("src/main/resources/db/migration/V1__init.sql", "CREATE TABLE t (id int);\n");
        assertThat(MigrationTools.detect(project)).contains(MigrationTool.FLYWAY);
        write("prisma/migrations/20250101000000_init/migration.sql", "CREATE TABLE t (id int);\n");
        assertThat(MigrationTools.detect(project)).contains(MigrationTool.PRISMA);
    }

    @Test
    void aMissingLocationIsAToolError() {
        assertThatThrownBy(() -> new FlywayTool().load(project, Optional.of(project.resolve("nowhere")),
                new SqlFrontEnd())).isInstanceOf(DriftguardException.class)
                .hasMessage("migrations folder not found: nowhere");
    }
}
