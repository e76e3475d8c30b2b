package dev.driftguard.history;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a migration tool's history table, in the model every tool's rows are read into (Prisma's
 * {@code _prisma_migrations} columns; Flyway's rows mapped onto them).
 *
 * @param migrationName     the name the local migration has ({@link dev.driftguard.migrations.Migration#name()})
 * @param checksum          the checksum the tool recorded (Prisma: SHA-256 hex of {@code migration.sql}; Flyway: its
 *                          CRC32 as a signed decimal)
 * @param finishedAt        empty while running or failed
 * @param rolledBackAt      set by {@code prisma migrate resolve --rolled-back}
 * @param appliedStepsCount statements Prisma counted as applied
 * @param kind              {@code BASELINE} for a row that stands for every migration up to its version (Flyway's
 *                          baseline); empty for a row of one migration
 */
public record AppliedMigration(String id, String checksum, String migrationName, Optional<Instant> startedAt,
                               Optional<Instant> finishedAt, Optional<Instant> rolledBackAt, Optional<String> logs,
                               int appliedStepsCount, Optional<String> kind) {

    /** {@link #kind()} of a baseline row. */
    public static final String BASELINE = "BASELINE";

    public AppliedMigration {
        Objects.requireNonNull(kind, "kind");
    }

    /** A row of one migration. */
    public AppliedMigration(String id, String checksum, String migrationName, Optional<Instant> startedAt,
                            Optional<Instant> finishedAt, Optional<Instant> rolledBackAt, Optional<String> logs,
                            int appliedStepsCount) {
        this(id, checksum, migrationName, startedAt, finishedAt, rolledBackAt, logs, appliedStepsCount,
                Optional.empty());
    }

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

    /** A baseline row: no local file stands for it, and every migration up to it counts as applied. */
    public boolean isBaseline() {
        return kind.filter(BASELINE::equals).isPresent();
    }
}
