package dev.driftguard.schema;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a project's declared schema. Implementations are found with {@link java.util.ServiceLoader}, so that core
 * needs no schema language of its own: {@code prisma-parser} provides the one for {@code schema.prisma}.
 */
public interface SchemaReader {

    /** Short name of the schema language, e.g. {@code prisma}. */
    String name();

    /** The default schema location inside a project directory, when the project has one this reader knows. */
    Optional<Path> locate(Path projectDir);

    /**
     * Reads a schema file or a folder of schema files. Problems in the files become diagnostics; only I/O failures
     * throw.
     *
     * @param projectDir paths in locations are made relative to it
     */
    DeclaredSchema read(Path schemaPath, Path projectDir) throws java.io.IOException;

    /**
     * As {@link #read(Path, Path)}, with overridden files' text instead of the disk's. Readers that do not override
     * this read the disk.
     */
    default DeclaredSchema read(Path schemaPath, Path projectDir, dev.driftguard.migrations.FileOverrides overrides)
            throws java.io.IOException {
        return read(schemaPath, projectDir);
    }
}
