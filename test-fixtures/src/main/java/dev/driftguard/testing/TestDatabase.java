package dev.driftguard.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One database on a {@link PostgresServer}, created for a test.
 *
 * @param jdbcUrl a URL the PostgreSQL JDBC driver accepts, with credentials for the embedded server
 */
public record TestDatabase(String name, String jdbcUrl) {

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }

    /**
     * Runs a script the way Prisma's migration engine does: the whole text as one simple-protocol query, which
     * PostgreSQL runs in one implicit transaction.
     */
    public void executeScript(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(withParameter("preferQueryMode", "simple"));
             Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** The URL with one more query parameter. */
    public String withParameter(String name, String value) {
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + name + "=" + value;
    }
}
