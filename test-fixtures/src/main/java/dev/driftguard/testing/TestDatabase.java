package dev.driftguard.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One database on a {@link PostgresServer}, created for a test. Lint against it with
 * {@code Driftguard.forProject(dir).against(database.dataSource())}.
 *
 * @param name    the database's name on its server
 * @param jdbcUrl a URL the PostgreSQL JDBC driver accepts, with credentials
 */
public record TestDatabase(String name, String jdbcUrl) {

    /** A new connection; the caller closes it. */
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

    /** A data source of this database, as {@code Driftguard.Builder#against(DataSource)} takes it. */
    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl);
        return dataSource;
    }

    /** The URL with one more query parameter. */
    public String withParameter(String name, String value) {
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + name + "=" + value;
    }
}
