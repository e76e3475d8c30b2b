package dev.driftguard.catalog;

import dev.driftguard.history.AppliedMigration;
import dev.driftguard.history.FlywayHistoryRow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What Driftguard knows of a target database at one moment: its catalog and the history tables of the migration
 * tools it knows, where they exist. This is what {@code driftguard snapshot} writes and {@code --catalog} reads; it
 * does not depend on the project's tool, so one snapshot serves any.
 *
 * @param formatVersion the JSON format's version, {@link #FORMAT_VERSION} when written by this build
 * @param takenAt       when it was read from the server, when known
 * @param history       the {@code _prisma_migrations} rows; empty when the target has no such table
 * @param flywayHistory the {@code flyway_schema_history} rows; empty when the target has no such table
 */
public record CatalogSnapshot(int formatVersion, Optional<Instant> takenAt, Catalog catalog,
                              Optional<List<AppliedMigration>> history,
                              Optional<List<FlywayHistoryRow>> flywayHistory) {

    public static final int FORMAT_VERSION = 1;

    public CatalogSnapshot {
        history = history.map(List::copyOf);
        flywayHistory = flywayHistory.map(List::copyOf);
    }

    /** A target with Prisma's history only, or none. */
    public CatalogSnapshot(int formatVersion, Optional<Instant> takenAt, Catalog catalog,
                           Optional<List<AppliedMigration>> history) {
        this(formatVersion, takenAt, catalog, history, Optional.empty());
    }

    /** An empty database on which no migration has run. */
    public static CatalogSnapshot emptyDatabase() {
        return new CatalogSnapshot(FORMAT_VERSION, Optional.empty(), Catalog.empty(), Optional.empty());
    }

    /** The same target with other Prisma history rows. */
    public CatalogSnapshot withHistory(Optional<List<AppliedMigration>> rows) {
        return new CatalogSnapshot(formatVersion, takenAt, catalog, rows, flywayHistory);
    }

    /** The same target with other Flyway history rows. */
    public CatalogSnapshot withFlywayHistory(Optional<List<FlywayHistoryRow>> rows) {
        return new CatalogSnapshot(formatVersion, takenAt, catalog, history, rows);
    }
}
