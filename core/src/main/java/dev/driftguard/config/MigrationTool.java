package dev.driftguard.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The tool that writes and applies the project's migrations, which decides where migrations live, how they are
 * named and ordered, how each file is sent, and which history table records them
 * ({@link dev.driftguard.tools.MigrationTools#adapter}).
 */
public enum MigrationTool {
    /** {@code prisma/migrations/<timestamp>_<name>/migration.sql}, history in {@code _prisma_migrations}. */
    PRISMA,
    /** {@code V<version>__<description>.sql} and {@code R__<description>.sql}, history in {@code flyway_schema_history}. */
    FLYWAY,
    /** A folder of {@code .sql} files applied in name order by a runner of the team's own; no history table. */
    SQL;

    /** The name used in {@code driftguard.yaml} and {@code --tool}, e.g. {@code prisma}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The tool with this configuration name, case-insensitively. */
    public static Optional<MigrationTool> parse(String text) {
        return Arrays.stream(values()).filter(t -> t.configName().equalsIgnoreCase(text.trim())).findFirst();
    }

    /** The configuration names, for messages: {@code prisma, flyway, sql}. */
    public static String names() {
        return Arrays.stream(values()).map(MigrationTool::configName).collect(Collectors.joining(", "));
    }
}
