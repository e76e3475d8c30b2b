package dev.driftguard.migrations;

import dev.driftguard.SourceFile;
import dev.driftguard.sql.MigrationScript;
import java.util.Objects;

/**
 * One local migration.
 *
 * @param name        its name as the migration tool records it in its history (for Prisma the folder name, e.g.
 *                    {@code 20251223000000_add_gin_indexes}; for Flyway the version, e.g. {@code 1.2}, or the
 *                    description of a repeatable migration)
 * @param script      its parsed statements; {@code script.source()} is the file, path relative to the project
 * @param checksum    the file's checksum as the tool records it (Prisma: SHA-256 hex of its bytes; Flyway: its CRC32
 *                    as a signed decimal)
 * @param transaction how the tool sends its statements
 */
public record Migration(String name, MigrationScript script, String checksum, TransactionMode transaction) {

    public Migration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(transaction, "transaction");
    }

    /** A migration sent as one script, as Prisma sends it. */
    public Migration(String name, MigrationScript script, String checksum) {
        this(name, script, checksum, TransactionMode.IMPLICIT_BLOCK);
    }

    public SourceFile source() {
        return script.source();
    }

    /** Whether its statements share one transaction (an explicit BEGIN in the file aside). */
    public boolean runsInTransaction() {
        return switch (transaction) {
            case TRANSACTION -> true;
            case IMPLICIT_BLOCK -> script.statements().size() > 1;
            case AUTOCOMMIT -> false;
        };
    }
}
