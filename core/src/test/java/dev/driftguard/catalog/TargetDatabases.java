package dev.driftguard.catalog;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Target databases for catalog tests, on the one embedded server of the test JVM
 * ({@link dev.driftguard.testing.TestPostgres#server()}), whose {@code pg_hba.conf} trusts {@code postgres} and asks
 * every other role for a password. Each test class makes its own database.
 */
public final class TargetDatabases {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TargetDatabases() {
    }

    public static EmbeddedPostgres server() {
        return dev.driftguard.testing.TestPostgres.server();
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
}
