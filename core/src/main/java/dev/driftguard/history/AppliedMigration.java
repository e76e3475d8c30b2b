package dev.driftguard.history;

import java.time.Instant;
import java.util.Optional;

/**
 * One row of {@code _prisma_migrations}.
 *
 * @param checksum          SHA-256 hex of the {@code migration.sql} that was applied
 * @param finishedAt        null in the table while running or failed
 * @param rolledBackAt      set by {@code prisma migrate resolve --rolled-back}
 * @param appliedStepsCount statements Prisma counted as applied
 */
public record AppliedMigration(String id, String checksum, String migrationName, Optional<Instant> startedAt,
                               Optional<Instant> finishedAt, Optional<Instant> rolledBackAt, Optional<String> logs,
                               int appliedStepsCount) {

    /** Started, neither finished nor rolled back: Prisma refuses to deploy anything until it is resolved. */
    public boolean isFailed() {
        return finishedAt.isEmpty() && rolledBackAt.isEmpty();
    }

    public boolean isRolledBack() {
        return rolledBackAt.isPresent();
    }

    public boolean isApplied() {
        return finishedAt.isPresent() && rolledBackAt.isEmpty();
    }
}
