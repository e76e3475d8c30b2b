package dev.driftguard.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Flyway's migration history, {@code flyway_schema_history} in the first schema of the {@code search_path}
 * (Flyway's default schema, which {@code flyway.defaultSchema} or the URL's {@code currentSchema} sets).
 */
public final class FlywaySchemaHistory {

    /** The table name Flyway uses unless {@code flyway.table} says otherwise. */
    public static final String DEFAULT_TABLE = "flyway_schema_history";

    private static final String FIND_TABLE = "SELECT pg_catalog.to_regclass(?)::text";

    private FlywaySchemaHistory() {
    }

    /**
     * The rows, in installed rank order; empty when the table does not exist. Runs in whatever transaction
     * {@code connection} is in and writes nothing.
     *
     * @throws SQLException when the server refuses, e.g. the user may not read the table
     */
    public static Optional<List<FlywayHistoryRow>> read(Connection connection) throws SQLException {
        Optional<String> table = findTable(connection);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        // The name comes from the server's own regclass output, already quoted; it cannot be a bound parameter.
        String query = "SELECT installed_rank, version, description, type, script, checksum, installed_by,"
                + " installed_on, execution_time, success FROM " + table.get() + " ORDER BY installed_rank";
        List<FlywayHistoryRow> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(query);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                int checksum = rs.getInt(6);
                Optional<Integer> recorded = rs.wasNull() ? Optional.empty() : Optional.of(checksum);
                Timestamp installedOn = rs.getTimestamp(8);
                rows.add(new FlywayHistoryRow(rs.getInt(1), Optional.ofNullable(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), recorded, rs.getString(7),
                        Optional.ofNullable(installedOn).map(Timestamp::toInstant), rs.getInt(9),
                        rs.getBoolean(10)));
            }
        }
        return Optional.of(rows);
    }

    private static Optional<String> findTable(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(FIND_TABLE)) {
            statement.setString(1, DEFAULT_TABLE);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
