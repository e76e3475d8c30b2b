package dev.driftguard.cli;

import picocli.CommandLine.Option;

/** Where the target database's state comes from; shared by every command that reads a target. */
final class TargetOptions {

    @Option(names = "--database-url", paramLabel = "URL",
            description = "Read the target over JDBC (read-only): postgresql://user@host:5432/db or jdbc:postgresql://... "
                    + "The password may come from PGPASSWORD or ~/.pgpass instead of the URL.")
    String databaseUrl;

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "Read the target from a snapshot written by 'driftguard snapshot'.")
    java.nio.file.Path catalog;

    @Option(names = "--postgres", paramLabel = "MAJOR",
            description = "PostgreSQL major to assume when the target does not say (default: 16).")
    Integer postgresMajor;
}
