package dev.driftguard.tools;

import dev.driftguard.DriftguardException;
import dev.driftguard.catalog.CatalogSnapshot;
import dev.driftguard.config.MigrationTool;
import dev.driftguard.history.AppliedMigration;
import dev.driftguard.migrations.FileOverrides;
import dev.driftguard.migrations.Migration;
import dev.driftguard.sql.SqlFrontEnd;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One migration tool as Driftguard sees it: where its migrations live and in which order it applies them, how it
 * sends each file (see {@link dev.driftguard.migrations.TransactionMode}), which history table it keeps and what
 * each row there means. The lint itself is the same for every tool.
 */
public interface MigrationToolAdapter {

    MigrationTool tool();

    /** Whether the project looks like one of this tool's (its migrations folder or configuration file is there). */
    boolean recognizes(Path projectDir);

    /**
     * The local migrations in the order the tool applies them.
     *
     * @param migrationsDir the folder the user named, else the tool's default (or configured) locations
     */
    default List<Migration> load(Path projectDir, Optional<Path> migrationsDir, SqlFrontEnd frontEnd)
            throws DriftguardException {
        return load(projectDir, migrationsDir, frontEnd, FileOverrides.none());
    }

    /** As {@link #load(Path, Optional, SqlFrontEnd)}, reading overridden files' text instead of the disk's. */
    List<Migration> load(Path projectDir, Optional<Path> migrationsDir, SqlFrontEnd frontEnd,
                         FileOverrides overrides) throws DriftguardException;

    /** The target's history rows in the common model; empty when the target has no such table. */
    Optional<List<AppliedMigration>> history(CatalogSnapshot target);

    /** The local migrations a deploy would run on the target, in order. */
    List<Migration> pending(List<Migration> local, Optional<List<AppliedMigration>> history);

    HistoryConventions conventions();

    /** Whether the tool's projects declare a schema (schema.prisma) that the schema rules compare. */
    boolean declaresSchema();

    /**
     * The project file (project-relative) that findings without a location are shown against, for formats that need
     * one: the schema, the tool's configuration file or its migrations folder.
     */
    String anchorFile(Path projectDir);
}
