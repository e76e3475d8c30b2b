package dev.driftguard.catalog;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One embedded PostgreSQL server per test JVM, started on first use, and a fresh database per test class.
 *
 * <p>{@code pg_hba.conf} trusts the {@code postgres} superuser (the harness) but makes every other role log in
 * with a password, so tests can exercise password authentication against roles they create.
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setDataDirectoryCustomizer(dataDirectory -> writeHba(dataDirectory.toPath()))
                        .setServerConfig("max_connections", "40")
                        // pg_dump, in the scale benchmark, locks every one of 10,000 tables in one transaction.
                        .setServerConfig("max_locks_per_transaction", "512")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    public static int port() {
        return server().getPort();
    }

    /** Creates an empty database named {@code prefix_N} and returns its name. */
    public static String freshDatabase(String prefix) {
        String name = prefix.toLowerCase() + "_" + DATABASES.incrementAndGet();
        execute(server().getPostgresDatabase(), "CREATE DATABASE " + name);
        return name;
    }

    /** A superuser data source for {@code database}. */
    public static DataSource superuser(String database) {
        return server().getDatabase("postgres", database);
    }

    public static void execute(String database, String sql) {
        execute(superuser(database), sql);
    }

    public static void execute(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Settings for {@code database} as {@code user} with {@code password}, no environment consulted. */
    public static ConnectionSettings settings(String database, String user, String password) {
        return new ConnectionSettings("localhost", port(), database, user, java.util.Optional.of(password),
                java.util.Map.of(), ReadLimits.defaults());
    }

    /** Settings for {@code database} as the trusted superuser. */
    public static ConnectionSettings superuserSettings(String database) {
        return new ConnectionSettings("localhost", port(), database, "postgres", java.util.Optional.empty(),
                java.util.Map.of(), ReadLimits.defaults());
    }

    private static void writeHba(Path dataDirectory) {
        try {
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), """
                    local all all                trust
                    host  all postgres 127.0.0.1/32 trust
                    host  all postgres ::1/128      trust
                    host  all all      127.0.0.1/32 scram-sha-256
                    host  all all      ::1/128      scram-sha-256
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
