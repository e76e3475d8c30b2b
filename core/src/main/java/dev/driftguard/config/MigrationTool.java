package dev.driftguard.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The tool that writes and applies the project's migrations, which decides where migrations live, how they are
 * named and ordered, and which history table records them. Only Prisma is supported today; a folder of plain
 * {@code .sql} files and Flyway's {@code V1__name.sql} are meant to become further constants, each with its own
 * reader of migrations and history.
 */
public enum MigrationTool {
    /** {@code prisma/migrations/<timestamp>_<name>/migration.sql}, history in {@code _prisma_migrations}. */
    PRISMA;

    /** The name used in {@code driftguard.yaml}, e.g. {@code prisma}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The tool with this configuration name, case-insensitively. */
    public static Optional<MigrationTool> parse(String text) {
        return Arrays.stream(values()).filter(t -> t.configName().equalsIgnoreCase(text.trim())).findFirst();
    }
}
