package dev.driftguard.tools.prisma;

import dev.driftguard.DriftguardException;
import dev.driftguard.FileProblem;
import dev.driftguard.SourceFile;
import dev.driftguard.migrations.FileOverrides;
import dev.driftguard.migrations.Migration;
import dev.driftguard.migrations.MigrationFiles;
import dev.driftguard.sql.SqlFrontEnd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a Prisma migrations folder: one sub-folder per migration, named {@code <timestamp>_<name>}, holding
 * {@code migration.sql}; applied in the order of the folder names, as Prisma does.
 */
final class PrismaMigrations {

    private final SqlFrontEnd frontEnd;
    private final FileOverrides overrides;

    PrismaMigrations(SqlFrontEnd frontEnd, FileOverrides overrides) {
        this.frontEnd = frontEnd;
        this.overrides = overrides;
    }

    /**
     * @param migrationsDir the {@code migrations} folder
     * @param projectDir    file paths in locations are relative to it
     */
    List<Migration> load(Path migrationsDir, Path projectDir) throws DriftguardException {
        if (!Files.isDirectory(migrationsDir)) {
            throw MigrationFiles.folderNotFound(migrationsDir, projectDir);
        }
        List<Path> folders;
        try (Stream<Path> entries = Files.list(migrationsDir)) {
            folders = entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new DriftguardException("cannot read migrations folder "
                    + MigrationFiles.display(migrationsDir, projectDir) + ": " + FileProblem.reason(e), e);
        }
        // Files are independent and the front end keeps no state: on a history of thousands of migrations, reading
        // them on every core is the cheapest time to save. Order, and which unreadable file is named, stay those of
        // the folders.
        List<FolderRead> read = folders.parallelStream().map(folder -> read(folder, projectDir)).toList();
        List<Migration> migrations = new ArrayList<>();
        for (FolderRead r : read) {
            if (r.failure().isPresent()) {
                throw r.failure().get();
            }
            r.migration().ifPresent(migrations::add);
        }
        return List.copyOf(migrations);
    }

    /** A folder's migration, or why its file cannot be read, or neither when the folder has no migration file. */
    private record FolderRead(Optional<Migration> migration, Optional<DriftguardException> failure) {
    }

    private FolderRead read(Path folder, Path projectDir) {
        Path file = folder.resolve("migration.sql");
        if (!Files.isRegularFile(file)) {
            return new FolderRead(Optional.empty(), Optional.empty());
        }
        byte[] bytes;
        try {
            bytes = MigrationFiles.read(file, projectDir, overrides);
        } catch (DriftguardException e) {
            return new FolderRead(Optional.empty(), Optional.of(e));
        }
        SourceFile source = new SourceFile(MigrationFiles.display(file, projectDir), MigrationFiles.decode(bytes));
        return new FolderRead(Optional.of(new Migration(folder.getFileName().toString(), frontEnd.parse(source),
                sha256(bytes))), Optional.empty());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
