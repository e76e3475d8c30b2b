package dev.driftguard.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.driftguard.catalog.TargetDatabaseException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Each way reading the target can fail ends in one {@link TargetDatabaseException} with a one-line message naming
 * the cause, and the password shows up nowhere.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TargetDatabaseFaultsTest {

    /** Unencoded in URLs on purpose: the characters URL parsing most often gets wrong. */
    private static final String PASSWORD = "Halinh!@34#Zq9";
    private static final String USER = "app_user";
    private static final ConnectionEnvironment NO_ENVIRONMENT =
            new ConnectionEnvironment(Map.of(), Optional.empty(), "nobody");

    /** Everything a user or a log could see, checked for the password by the last test. */
    private static final List<String> SEEN = new ArrayList<>();

    /**
     * Where a read waits for a lock on _prisma_migrations: from PostgreSQL 16 on, pg_get_expr locks a table to
     * deparse its column defaults; before, only the history query itself needs the lock.
     */
    private static final String LOCKED_STEP = "(columns|the Prisma migration history \\(_prisma_migrations\\))";

    private static String catalogDenied;
    private static String historyDenied;

    @BeforeAll
    static void createRestrictedRoleAndDatabases() throws IOException {
        TargetDatabases.execute(TargetDatabases.server().getPostgresDatabase(),
                "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + USER + "') THEN "
                        + "CREATE ROLE " + USER + " LOGIN; END IF; END $$");
        // The statement carries the password in clear: keep it out of the server log. SCRAM, as pg_hba.conf asks,
        // is not the default before PostgreSQL 14.
        TargetDatabases.execute(TargetDatabases.server().getPostgresDatabase(),
                "SET log_statement = 'none'; SET password_encryption = 'scram-sha-256'; ALTER ROLE " + USER + " PASSWORD '" + PASSWORD + "'");

        catalogDenied = TargetDatabases.freshDatabase("catalogdenied");
        TargetDatabases.execute(catalogDenied, "REVOKE SELECT ON pg_catalog.pg_available_extensions FROM PUBLIC");

        historyDenied = TargetDatabases.freshDatabase("historydenied");
        TargetDatabases.execute(historyDenied, resource("/history/prisma-migrations-table.sql")
                + "REVOKE ALL ON _prisma_migrations FROM PUBLIC");
    }

    @Test
    void readsWithAPasswordFromAnUnencodedUrl() {
        CatalogSnapshot snapshot = CatalogIntrospector.read(url(USER, PASSWORD, "postgres"));

        assertThat(snapshot.catalog().schemas()).contains("public");
        SEEN.add(CatalogSnapshotJson.toJson(snapshot));
    }

    @Test
    void reportsAnUnreachableHost() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ConnectionSettings settings = ConnectionSettings.parse(
                "postgresql://" + USER + ":" + PASSWORD + "@localhost:" + closedPort + "/db", NO_ENVIRONMENT);

        assertFault(() -> CatalogIntrospector.read(settings), Reason.UNREACHABLE,
                "cannot connect to localhost:" + closedPort + "/db: connection refused");
    }

    @Test
    void reportsAWrongPassword() {
        assertFault(() -> CatalogIntrospector.read(url(USER, PASSWORD + "x", "postgres")),
                Reason.AUTHENTICATION_FAILED, "cannot log in to localhost:" + TargetDatabases.port()
                        + "/postgres as \"app_user\": password authentication failed for user \"app_user\"");
    }

    @Test
    void reportsAMissingDatabase() {
        assertFault(() -> CatalogIntrospector.read(url(USER, PASSWORD, "no_such_db")), Reason.DATABASE_NOT_FOUND,
                "cannot open localhost:" + TargetDatabases.port() + "/no_such_db: database \"no_such_db\" does not exist");
    }

    @Test
    void reportsPermissionDeniedOnACatalogView() {
        assertFault(() -> CatalogIntrospector.read(url(USER, PASSWORD, catalogDenied)), Reason.PERMISSION_DENIED,
                "cannot read available extensions from localhost:" + TargetDatabases.port() + "/" + catalogDenied
                        + ": permission denied for view pg_available_extensions");
    }

    @Test
    void reportsPermissionDeniedOnTheMigrationHistory() {
        assertFault(() -> CatalogIntrospector.read(url(USER, PASSWORD, historyDenied)), Reason.PERMISSION_DENIED,
                "cannot read the Prisma migration history (_prisma_migrations) from localhost:"
                        + TargetDatabases.port() + "/" + historyDenied + ": permission denied for table _prisma_migrations");
    }

    @Test
    void reportsAStatementTimeout() throws Exception {
        ReadLimits limits = ReadLimits.defaults().withStatementTimeout(Duration.ofMillis(300))
                .withLockTimeout(Duration.ofSeconds(60));
        Connection locker = lockPrismaMigrations();
        try {
            assertFaultMatching(() -> CatalogIntrospector.read(url(USER, PASSWORD, historyDenied).withLimits(limits)),
                    Reason.TIMED_OUT, "timed out reading " + LOCKED_STEP + " from localhost:" + TargetDatabases.port()
                            + "/" + historyDenied
                            + ": canceling statement due to statement timeout \\(statement_timeout 300 ms\\)");
        } finally {
            locker.close();
        }
    }

    @Test
    void reportsALockTimeout() throws Exception {
        ReadLimits limits = ReadLimits.defaults().withLockTimeout(Duration.ofMillis(200));
        Connection locker = lockPrismaMigrations();
        try {
            assertFaultMatching(() -> CatalogIntrospector.read(url(USER, PASSWORD, historyDenied).withLimits(limits)),
                    Reason.TIMED_OUT, "timed out reading " + LOCKED_STEP + " from localhost:" + TargetDatabases.port()
                            + "/" + historyDenied + ": canceling statement due to lock timeout \\(lock_timeout 200 ms\\)");
        } finally {
            locker.close();
        }
    }

    @Test
    void reportsAConnectionDroppedMidRead() throws Exception {
        ReadLimits limits = ReadLimits.defaults().withLockTimeout(Duration.ofSeconds(60));
        Connection locker = lockPrismaMigrations();
        try {
            CompletableFuture<CatalogSnapshot> read = CompletableFuture.supplyAsync(
                    () -> CatalogIntrospector.read(url(USER, PASSWORD, historyDenied).withLimits(limits)));
            terminateBackendWaitingForALock(historyDenied);

            assertFaultMatching(() -> {
                try {
                    return read.get(30, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    throw (RuntimeException) e.getCause();
                }
            }, Reason.CONNECTION_LOST, "lost the connection to localhost:" + TargetDatabases.port() + "/"
                    + historyDenied + " while reading " + LOCKED_STEP
                    + ": terminating connection due to administrator command");
        } finally {
            locker.close();
        }
    }

    @Test
    void leavesABorrowedConnectionOpenAndInAutoCommit() throws SQLException {
        try (Connection c = TargetDatabases.superuser(historyDenied).getConnection()) {
            CatalogSnapshot snapshot = CatalogIntrospector.read(c, ReadLimits.defaults());

            assertThat(snapshot.history()).hasValue(List.of());
            assertThat(c.isClosed()).isFalse();
            assertThat(c.getAutoCommit()).isTrue();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW transaction_read_only")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("off");
            }
        }
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void thePasswordAppearsInNoOutputAndNoMessage() throws IOException {
        SEEN.add(url(USER, PASSWORD, "db").toString());
        SEEN.add(url(USER, PASSWORD, "db").redactedUrl());
        List<String> everything = new ArrayList<>(SEEN);
        Path reports = Path.of("target", "surefire-reports");
        if (Files.isDirectory(reports)) {
            try (Stream<Path> files = Files.walk(reports)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    everything.add(Files.readString(file, StandardCharsets.ISO_8859_1));
                }
            }
        }

        assertThat(SEEN).hasSizeGreaterThanOrEqualTo(10);
        assertThat(everything).noneMatch(text -> text.contains(PASSWORD))
                .noneMatch(text -> text.contains(ConnectionSettings.encode(PASSWORD)));
    }

    private static ConnectionSettings url(String user, String password, String database) {
        return ConnectionSettings.parse("postgresql://" + user + ":" + password + "@localhost:" + TargetDatabases.port()
                + "/" + database + "?sslmode=disable", NO_ENVIRONMENT);
    }

    private static void assertFault(java.util.concurrent.Callable<?> read, Reason reason, String message) {
        assertThatThrownBy(read::call).isInstanceOfSatisfying(TargetDatabaseException.class, e -> {
            record(e);
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    private static void assertFaultMatching(java.util.concurrent.Callable<?> read, Reason reason, String regex) {
        assertThatThrownBy(read::call).isInstanceOfSatisfying(TargetDatabaseException.class, e -> {
            record(e);
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).matches(regex);
        });
    }

    /** Prints the whole exception, as a careless caller would, so the final test also sees surefire's copy. */
    private static void record(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        SEEN.add(e.getMessage());
        SEEN.add(e.toString());
        SEEN.add(trace.toString());
        System.out.println(trace);
    }

    /** A superuser transaction holding ACCESS EXCLUSIVE on _prisma_migrations until the connection closes. */
    private static Connection lockPrismaMigrations() throws SQLException {
        Connection c = TargetDatabases.superuser(historyDenied).getConnection();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("LOCK TABLE _prisma_migrations IN ACCESS EXCLUSIVE MODE");
        }
        return c;
    }

    /** Polls from its own connection: pg_stat_activity is frozen for the length of a transaction. */
    private static void terminateBackendWaitingForALock(String database) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try (Connection c = TargetDatabases.superuser(database).getConnection();
             PreparedStatement find = c.prepareStatement("""
                SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                WHERE datname = ? AND application_name = 'driftguard' AND wait_event_type = 'Lock'
                """)) {
            find.setString(1, database);
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the read never waited for the lock");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TargetDatabaseFaultsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
