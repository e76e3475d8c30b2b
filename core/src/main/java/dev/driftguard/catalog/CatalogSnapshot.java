package dev.driftguard.catalog;

import dev.driftguard.history.AppliedMigration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What Driftguard knows of a target database at one moment: its catalog and, when the table exists, its
 * {@code _prisma_migrations} rows. This is what {@code driftguard snapshot} writes and {@code --catalog} reads.
 *
 * @param formatVersion the JSON format's version, {@link #FORMAT_VERSION} when written by this build
 * @param takenAt       when it was read from the server, when known
 * @param history       empty when the target has no {@code _prisma_migrations} table
 */
public record CatalogSnapshot(int formatVersion, Optional<Instant> takenAt, Catalog catalog,
                              Optional<List<AppliedMigration>> history) {

    public static final int FORMAT_VERSION = 1;

    public CatalogSnapshot {
        history = history.map(List::copyOf);
    }

    /** An empty database on which no migration has run. */
    public static CatalogSnapshot emptyDatabase() {
        return new CatalogSnapshot(FORMAT_VERSION, Optional.empty(), Catalog.empty(), Optional.empty());
    }
}
