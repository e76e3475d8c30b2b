package dev.driftguard.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Prisma's migration history, the {@code _prisma_migrations} table Prisma Migrate keeps in the schema it
 * migrates (the first schema of the {@code search_path}, which a {@code ?schema=} URL parameter sets).
 */
public final class PrismaMigrationHistory {

    private static final String FIND_TABLE = "SELECT pg_catalog.to_regclass('_prisma_migrations')::text";

    private PrismaMigrationHistory() {
    }

    /**
     * The rows of {@code _prisma_migrations}, oldest start first; empty when the table does not exist (no Prisma
     * migration ever ran there). Runs in whatever transaction {@code connection} is in, so introspection reads the
     * history in the same read-only snapshot as the catalog. Writes nothing.
     *
     * @throws SQLException when the server refuses, e.g. the user may not read the table
     */
    public static Optional<List<AppliedMigration>> read(Connection connection) throws SQLException {
        Optional<String> table = findTable(connection);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        // The name comes from the server's own regclass output, already quoted; it cannot be a bound parameter.
        String query = "SELECT id, checksum, migration_name, started_at, finished_at, rolled_back_at, logs,"
                + " applied_steps_count FROM " + table.get() + " ORDER BY started_at, migration_name, id";
        List<AppliedMigration> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(query);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rows.add(new AppliedMigration(rs.getString(1), rs.getString(2), rs.getString(3),
                        instant(rs, 4), instant(rs, 5), instant(rs, 6), Optional.ofNullable(rs.getString(7)),
                        rs.getInt(8)));
            }
        }
        return Optional.of(rows);
    }

    private static Optional<String> findTable(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(FIND_TABLE);
             ResultSet rs = statement.executeQuery()) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        }
    }

    private static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
