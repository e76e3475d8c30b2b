package dev.driftguard.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

/** An embedded (zonky) server, started from the binaries {@link EmbeddedBinaries} found for a version. */
final class EmbeddedInstance implements PostgresInstance {

    private final EmbeddedPostgres postgres;
    private final String binaries;

    private EmbeddedInstance(EmbeddedPostgres postgres, String binaries) {
        this.postgres = postgres;
        this.binaries = binaries;
    }

    static EmbeddedInstance start(String version) {
        EmbeddedBinaries binaries = EmbeddedBinaries.find(version);
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPgBinaryResolver((system, hardware) -> binaries.open())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // The JVM is going away; the server's data directory is temporary.
                }
            }));
            return new EmbeddedInstance(postgres, binaries.origin());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL from " + binaries.origin(), e);
        }
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public Connection adminConnection() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    @Override
    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    @Override
    public String description() {
        return "embedded PostgreSQL (" + binaries + ")";
    }
}
