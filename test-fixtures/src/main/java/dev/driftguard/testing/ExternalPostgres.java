package dev.driftguard.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The server named by {@code DRIFTGUARD_TEST_DATABASE_URL}. */
record ExternalPostgres(String url) implements PostgresInstance {

    @Override
    public Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    public String jdbcUrl(String database) {
        return url.replaceFirst("(jdbc:postgresql://[^/?]+/)[^?]*", "$1" + database);
    }

    @Override
    public String description() {
        // Never the URL itself: it may hold a password.
        return "the server in " + PostgresServer.URL_VARIABLE;
    }
}
