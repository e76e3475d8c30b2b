package dev.driftguard.migrations;

import dev.driftguard.DriftguardException;
import dev.driftguard.FileProblem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** How every migration tool's files are read and named in reports. */
public final class MigrationFiles {

    private MigrationFiles() {
    }

    /** The file's bytes, or a {@link DriftguardException} naming it and why it cannot be read. */
    public static byte[] read(Path file, Path projectDir) throws DriftguardException {
        return read(file, projectDir, FileOverrides.none());
    }

    /** As {@link #read(Path, Path)}, but an overridden file's text (UTF-8) instead of its bytes on disk. */
    public static byte[] read(Path file, Path projectDir, FileOverrides overrides) throws DriftguardException {
        Optional<String> text = overrides.text(file);
        if (text.isPresent()) {
            return text.get().getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DriftguardException("cannot read " + display(file, projectDir) + ": " + FileProblem.reason(e), e);
        }
    }

    /** UTF-8, with malformed bytes replaced: a binary file still yields findings at the right place, not a crash. */
    public static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder cannot fail", e);
        }
    }

    /** A path as users see it in reports: relative to the project, with forward slashes. */
    public static String display(Path path, Path projectDir) {
        Path abs = path.toAbsolutePath().normalize();
        Path base = projectDir.toAbsolutePath().normalize();
        Path shown = abs.startsWith(base) ? base.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }

    /** A missing or non-directory migrations folder, as every tool reports it. */
    public static DriftguardException folderNotFound(Path dir, Path projectDir) {
        return new DriftguardException("migrations folder not found: " + display(dir, projectDir)
                + (Files.exists(dir) ? " is not a directory" : ""));
    }
}
