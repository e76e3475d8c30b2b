package dev.driftguard.history;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of Flyway's {@code flyway_schema_history}, as Flyway writes it.
 *
 * @param installedRank the order Flyway applied it in
 * @param version       the version as Flyway shows it ({@code 1.1}); absent for repeatable migrations and for the
 *                      schema-creation marker
 * @param description   {@code add users} for {@code V2__add_users.sql}, or a marker such as
 *                      {@code << Flyway Baseline >>}
 * @param type          {@code SQL}, {@code JDBC}, {@code BASELINE}, {@code SQL_BASELINE}, {@code SCHEMA},
 *                      {@code DELETE}, {@code UNDO_SQL}, ...
 * @param script        the file name relative to its location, e.g. {@code V2__add_users.sql}
 * @param checksum      Flyway's CRC32 of the script's lines; absent for markers
 * @param installedBy   the database user that ran it
 * @param installedOn   when it finished (or failed)
 * @param executionTime milliseconds
 * @param success       false when the migration failed part-way (on PostgreSQL only a migration that ran outside a
 *                      transaction leaves such a row: a transactional one is rolled back with its row)
 */
public record FlywayHistoryRow(int installedRank, Optional<String> version, String description, String type,
                               String script, Optional<Integer> checksum, String installedBy,
                               Optional<Instant> installedOn, int executionTime, boolean success) {

    public FlywayHistoryRow {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(installedBy, "installedBy");
        Objects.requireNonNull(installedOn, "installedOn");
    }
}
