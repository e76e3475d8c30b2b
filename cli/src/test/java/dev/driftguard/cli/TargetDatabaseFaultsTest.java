package dev.driftguard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.driftguard.testing.PostgresServer;
import dev.driftguard.testing.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --database-url} to a target Driftguard cannot read: one line naming the target and the reason, exit 2,
 * and the password nowhere in what is printed, not even with {@code --debug}.
 */
class TargetDatabaseFaultsTest {

    private static final String PASSWORD = "Sup3r-Secret!pw";
    private static final String ROLE = "driftguard_password_role";

    private static int port;
    private static TestDatabase database;

    @TempDir
    static Path project;

    @BeforeAll
    static void startPostgresAndWriteAProject() throws IOException {
        PostgresServer server = PostgresServer.shared();
        assumeTrue(server.embeddedPort().isPresent(), "needs the embedded server, whose pg_hba.conf the test edits");
        port = server.embeddedPort().orElseThrow();
        database = server.createDatabase("target_faults");
        Files.createDirectories(project.resolve("prisma/migrations/20240101000000_init"));
        Files.writeString(project.resolve("prisma/migrations/20240101000000_init/migration.sql"),
                "CREATE TABLE \"User\" (\"id\" SERIAL NOT NULL, CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\"));\n");
    }

    @Test
    void closedPortIsOneLineAndExitTwo() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        CliRun run = lint("postgresql://app:" + PASSWORD + "@127.0.0.1:" + closed + "/app");
        assertFailedWithOneLine(run);
        assertThat(run.err()).startsWith("driftguard: error: cannot connect to 127.0.0.1:" + closed)
                .contains("connection refused");
    }

    @Test
    void missingDatabaseIsOneLineAndExitTwo() {
        CliRun run = lint("postgresql://postgres:" + PASSWORD + "@localhost:" + port + "/no_such_database");
        assertFailedWithOneLine(run);
        assertThat(run.err()).startsWith("driftguard: error: cannot open ").contains("no_such_database");
    }

    @Test
    void wrongPasswordIsOneLineExitTwoAndNeverPrintsThePassword() throws SQLException {
        requirePasswordFor(ROLE);
        String url = "postgresql://" + ROLE + ":" + PASSWORD + "@localhost:" + port + "/" + database.name();
        CliRun run = lint(url);
        assertFailedWithOneLine(run);
        assertThat(run.err()).startsWith("driftguard: error: cannot log in to ").contains("\"" + ROLE + "\"");

        CliRun debug = CliRun.of("lint", project.toString(), "--database-url", url, "--debug");
        assertThat(debug.exitCode()).isEqualTo(2);
        assertThat(debug.out() + debug.err()).doesNotContain(PASSWORD).doesNotContain("Sup3r");
    }

    @Test
    void passwordInTheQueryStringIsNotPrintedEither() {
        CliRun run = lint("jdbc:postgresql://localhost:" + port + "/no_such_database?user=postgres&password="
                + PASSWORD);
        assertFailedWithOneLine(run);
    }

    private static CliRun lint(String url) {
        return CliRun.of("lint", project.toString(), "--database-url", url);
    }

    private static void assertFailedWithOneLine(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).doesNotContain(PASSWORD).doesNotContain("\tat ").doesNotContain("Exception");
    }

    /**
     * The embedded server trusts every local login; for one role, make it ask for a password (SCRAM) by putting a
     * rule for that role first in pg_hba.conf and reloading.
     */
    private static void requirePasswordFor(String role) throws SQLException {
        try (Connection admin = database.connect(); Statement st = admin.createStatement()) {
            try (ResultSet exists = st.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
                if (!exists.next()) {
                    st.execute("SET password_encryption = 'scram-sha-256'");
                    st.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'the-right-one'");
                }
            }
            String hbaFile;
            try (ResultSet rs = st.executeQuery("SHOW hba_file")) {
                rs.next();
                hbaFile = rs.getString(1);
            }
            Path hba = Path.of(hbaFile);
            String rules = Files.readString(hba);
            String rule = "host all " + role + " all scram-sha-256\n";
            if (!rules.startsWith(rule)) {
                Files.writeString(hba, rule + rules);
            }
            st.execute("SELECT pg_reload_conf()");
        } catch (IOException e) {
            throw new IllegalStateException("cannot edit pg_hba.conf of the embedded server", e);
        }
        awaitPasswordRequired(role);
    }

    /** The reload is a signal to the server: wait until a login with a wrong password is refused. */
    private static void awaitPasswordRequired(String role) {
        String url = "jdbc:postgresql://localhost:" + port + "/" + database.name();
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                java.sql.DriverManager.getConnection(url, role, "not-the-password").close();
                Thread.sleep(50);
            } catch (SQLException refused) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("the server still lets " + role + " in without its password");
    }
}
