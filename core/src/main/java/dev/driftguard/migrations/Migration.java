package dev.driftguard.migrations;

import dev.driftguard.SourceFile;
import dev.driftguard.sql.MigrationScript;

/**
 * One local migration.
 *
 * @param name     its name as the migration tool records it (for Prisma the folder name, e.g.
 *                 {@code 20251223000000_add_gin_indexes})
 * @param script   its parsed statements; {@code script.source()} is the file, path relative to the project
 * @param checksum SHA-256 hex of the file's bytes, as Prisma records it
 */
public record Migration(String name, MigrationScript script, String checksum) {

    public SourceFile source() {
        return script.source();
    }
}
