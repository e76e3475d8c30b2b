package dev.driftguard.cli;

import dev.driftguard.DriftguardException;
import dev.driftguard.catalog.CatalogIntrospector;
import dev.driftguard.catalog.CatalogSnapshot;
import dev.driftguard.catalog.CatalogSnapshotJson;
import dev.driftguard.catalog.ConnectionSettings;
import dev.driftguard.catalog.InvalidSnapshotException;
import dev.driftguard.catalog.TargetDatabaseException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where the target database's state comes from; shared by every command that reads a target. */
final class TargetOptions {

    @ArgGroup(exclusive = true)
    Source source;

    static final class Source {
        @Option(names = "--database-url", paramLabel = "URL",
                description = "Read the target over JDBC, read-only: postgresql://user@host:5432/db or "
                        + "jdbc:postgresql://... The password may come from PGPASSWORD or ~/.pgpass.")
        String databaseUrl;

        @Option(names = "--catalog", paramLabel = "FILE",
                description = "Read the target from a snapshot written by 'driftguard snapshot'.")
        Path catalog;
    }

    @Option(names = "--postgres", paramLabel = "MAJOR",
            description = "PostgreSQL major to assume when the target does not say (default: 16).")
    Integer postgresMajor;

    /** The target the options name, if any. */
    Optional<CatalogSnapshot> read() throws DriftguardException {
        if (source == null) {
            return Optional.empty();
        }
        try {
            if (source.databaseUrl != null) {
                return Optional.of(CatalogIntrospector.read(ConnectionSettings.parse(source.databaseUrl)));
            }
        } catch (TargetDatabaseException e) {
            throw new DriftguardException(e.getMessage(), e);
        }
        return Optional.of(readSnapshot(source.catalog));
    }

    static CatalogSnapshot readSnapshot(Path file) throws DriftguardException {
        try {
            return CatalogSnapshotJson.read(file);
        } catch (InvalidSnapshotException e) {
            throw new DriftguardException(e.getMessage(), e);
        }
    }
}
