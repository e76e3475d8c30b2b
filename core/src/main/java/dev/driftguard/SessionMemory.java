package dev.driftguard;

import dev.driftguard.migrations.FileOverrides;
import dev.driftguard.replay.ReplayCheckpoints;
import dev.driftguard.rules.Rule;
import dev.driftguard.schema.DeclaredSchema;
import dev.driftguard.schema.SchemaReader;
import dev.driftguard.sql.SqlFrontEnd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the runs of one {@link LintSession} carry from one run to the next: the rules (the same instances each run,
 * which the replay's checkpoints require), the parsed migration files, the schema while none of its files changed,
 * and the replay's checkpoints. Used by one run at a time.
 */
final class SessionMemory {

    /** Reads something that may fail as a run's inputs fail. */
    interface Source<T> {
        T get() throws DriftguardException;
    }

    /** Reads the schema. */
    interface SchemaRead {
        DeclaredSchema read() throws IOException;
    }

    /**
     * The schema's files as the reader would see them: each file's path with its editor text, or else its size and
     * modification time on disk.
     */
    private record SchemaFingerprint(String reader, Path location, List<String> files) {
    }

    private final ReplayCheckpoints checkpoints = new ReplayCheckpoints();
    private Optional<List<Rule>> rules = Optional.empty();
    private SqlFrontEnd frontEnd = new SqlFrontEnd();
    private Optional<SchemaFingerprint> schemaKey = Optional.empty();
    private Optional<DeclaredSchema> schema = Optional.empty();

    List<Rule> rules(Source<List<Rule>> load) throws DriftguardException {
        if (rules.isEmpty()) {
            rules = Optional.of(List.copyOf(load.get()));
        }
        return rules.get();
    }

    ReplayCheckpoints checkpoints() {
        return checkpoints;
    }

    /** The front end of this run, which reuses what the previous run parsed. */
    SqlFrontEnd nextFrontEnd() {
        frontEnd = frontEnd.nextGeneration();
        return frontEnd;
    }

    /** The schema at {@code location}: the previous run's when none of its files changed, else read now. */
    DeclaredSchema schema(SchemaReader reader, Path location, FileOverrides files, SchemaRead read)
            throws IOException {
        SchemaFingerprint key = fingerprint(reader, location, files);
        if (schema.isPresent() && schemaKey.equals(Optional.of(key))) {
            return schema.get();
        }
        schemaKey = Optional.empty();
        DeclaredSchema declared = read.read();
        schema = Optional.of(declared);
        schemaKey = Optional.of(key);
        return declared;
    }

    private static SchemaFingerprint fingerprint(SchemaReader reader, Path location, FileOverrides files)
            throws IOException {
        List<String> parts = new ArrayList<>();
        try (Stream<Path> paths = Files.isDirectory(location) ? Files.walk(location) : Stream.of(location)) {
            for (Path file : paths.sorted().toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (!attributes.isRegularFile()) {
                    continue;
                }
                parts.add(file.toString());
                Optional<String> text = files.text(file);
                parts.add(text.isPresent() ? "text:" + text.get()
                        : "disk:" + attributes.size() + ":" + attributes.lastModifiedTime().toMillis());
            }
        }
        return new SchemaFingerprint(reader.getClass().getName(), location, parts);
    }
}
