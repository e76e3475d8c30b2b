package dev.driftguard.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for core's tests: the server in {@code DRIFTGUARD_TEST_DATABASE_URL} when set (a JDBC URL of a
 * role that may create databases), else one embedded server per test JVM, started on first use. Each caller gets a
 * fresh database, so test classes never see each other's objects.
 */
public final class TestPostgres {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static volatile EmbeddedPostgres embedded;

    private TestPostgres() {
    }

    /** Creates an empty database and returns its JDBC URL (credentials included for the embedded server). */
    public static String createDatabase(String purpose) {
        String name = (purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_"
                + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet());
        try (Connection admin = adminConnection(); Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return urlFor(name);
    }

    /** Opens a connection to a database made by {@link #createDatabase}. */
    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** The URL with one more query parameter. */
    public static String withParameter(String url, String name, String value) {
        return url + (url.contains("?") ? "&" : "?") + name + "=" + value;
    }

    private static Connection adminConnection() throws SQLException {
        String external = System.getenv("DRIFTGUARD_TEST_DATABASE_URL");
        if (external != null && !external.isBlank()) {
            return DriverManager.getConnection(external);
        }
        return server().getPostgresDatabase().getConnection();
    }

    private static String urlFor(String database) {
        String external = System.getenv("DRIFTGUARD_TEST_DATABASE_URL");
        if (external != null && !external.isBlank()) {
            return external.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
        }
        return server().getJdbcUrl("postgres", database);
    }

    /**
     * {@code pg_hba.conf} trusting the {@code postgres} superuser, as the harness connects, and asking every other
     * role for a SCRAM password over TCP, so tests can exercise password authentication with roles they create.
     */
    private static void requirePasswords(Path dataDirectory) {
        try {
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), """
                    local all all                   trust
                    host  all postgres 127.0.0.1/32 trust
                    host  all postgres ::1/128      trust
                    host  all all      127.0.0.1/32 scram-sha-256
                    host  all all      ::1/128      scram-sha-256
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The embedded server, started once per JVM. */
    public static EmbeddedPostgres server() {
        EmbeddedPostgres server = embedded;
        if (server == null) {
            synchronized (TestPostgres.class) {
                server = embedded;
                if (server == null) {
                    try {
                        server = EmbeddedPostgres.builder()
                                .setDataDirectoryCustomizer(dataDirectory -> requirePasswords(dataDirectory.toPath()))
                                .start();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
                    }
                    embedded = server;
                    EmbeddedPostgres started = server;
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            started.close();
                        } catch (IOException ignored) {
                            // The JVM is exiting; the data directory is temporary either way.
                        }
                    }));
                }
            }
        }
        return server;
    }
}
