package dev.driftguard.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for tests: the one in {@code DRIFTGUARD_TEST_DATABASE_URL} when that is set (a JDBC URL
 * of a role allowed to create databases), else an embedded server started once per JVM. Never a mock.
 */
public final class PostgresServer {

    /** Environment variable naming an existing server to use instead of the embedded one. */
    public static final String URL_VARIABLE = "DRIFTGUARD_TEST_DATABASE_URL";

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static volatile PostgresServer shared;

    private final Optional<EmbeddedPostgres> embedded;
    private final Optional<String> externalUrl;

    private PostgresServer(Optional<EmbeddedPostgres> embedded, Optional<String> externalUrl) {
        this.embedded = embedded;
        this.externalUrl = externalUrl;
    }

    /** The server shared by every test of this JVM, started on first use. */
    public static PostgresServer shared() {
        PostgresServer server = shared;
        if (server == null) {
            synchronized (PostgresServer.class) {
                server = shared;
                if (server == null) {
                    server = start();
                    shared = server;
                }
            }
        }
        return server;
    }

    private static PostgresServer start() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return new PostgresServer(Optional.empty(), Optional.of(url));
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // The JVM is going away; the server's data directory is temporary.
                }
            }));
            return new PostgresServer(Optional.of(pg), Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    /** A new, empty database on this server. */
    public TestDatabase createDatabase(String purpose) {
        String name = purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_"
                + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection admin = adminConnection(); Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
        }
        return new TestDatabase(name, jdbcUrl(name));
    }

    /** The server's PostgreSQL port, for tools that need host and port rather than a JDBC URL. */
    public Optional<Integer> embeddedPort() {
        return embedded.map(EmbeddedPostgres::getPort);
    }

    private Connection adminConnection() throws SQLException {
        if (externalUrl.isPresent()) {
            return DriverManager.getConnection(externalUrl.get());
        }
        return embedded.orElseThrow().getPostgresDatabase().getConnection();
    }

    private String jdbcUrl(String database) {
        return externalUrl.map(u -> u.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database))
                .orElseGet(() -> embedded.orElseThrow().getJdbcUrl("postgres", database));
    }
}
