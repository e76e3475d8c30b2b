package dev.driftguard.cli;

import dev.driftguard.DriftguardException;
import dev.driftguard.catalog.CatalogIntrospector;
import dev.driftguard.catalog.CatalogSnapshot;
import dev.driftguard.catalog.CatalogSnapshotJson;
import dev.driftguard.catalog.ConnectionSettings;
import dev.driftguard.catalog.InvalidSnapshotException;
import dev.driftguard.catalog.LiveTarget;
import dev.driftguard.catalog.TargetDatabaseException;
import dev.driftguard.rows.RowCheckOptions;
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

    @Option(names = "--show-data",
            description = "With --database-url: show up to three key values of the rows a finding counts "
                    + "(default: counts only, since reports are often public).")
    boolean showData;

    @Option(names = "--max-scanned-rows", paramLabel = "ROWS",
            description = "With --database-url: do not scan tables estimated above this many rows; their row "
                    + "checks are reported as not checked (default: ${DEFAULT-VALUE}).",
            defaultValue = "1000000")
    long maxScannedRows;

    @Option(names = "--no-row-checks",
            description = "With --database-url: read the catalog only, never the rows of any table.")
    boolean noRowChecks;

    /** The live target {@code --database-url} names, read when the run starts. */
    Optional<LiveTarget> live() throws DriftguardException {
        if (source == null || source.databaseUrl == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LiveTarget.of(ConnectionSettings.parse(source.databaseUrl)));
        } catch (TargetDatabaseException e) {
            throw new DriftguardException(e.getMessage(), e);
        }
    }

    /** How far the row checks of a live target go. */
    RowCheckOptions rowChecks() throws DriftguardException {
        if (maxScannedRows < 0) {
            throw new DriftguardException("--max-scanned-rows must not be negative");
        }
        RowCheckOptions options = noRowChecks ? RowCheckOptions.disabled() : RowCheckOptions.defaults();
        return options.withMaxScannedRows(maxScannedRows).withShowData(showData);
    }

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
