package dev.driftguard.testing;

import java.sql.Connection;
import java.sql.SQLException;

/** A running PostgreSQL server, however it was obtained: what {@link PostgresServer} needs of it. */
interface PostgresInstance {

    /** A connection to a maintenance database as a role that may create and drop databases. */
    Connection adminConnection() throws SQLException;

    /** A JDBC URL of {@code database} on this server, with credentials. */
    String jdbcUrl(String database);

    /** Where the server comes from, for messages. */
    String description();
}
