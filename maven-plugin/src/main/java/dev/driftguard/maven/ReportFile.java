package dev.driftguard.maven;

import dev.driftguard.DriftguardException;
import dev.driftguard.FileProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a report file whole or not at all, so CI never picks up half a SARIF file from a failed build. */
final class ReportFile {

    private ReportFile() {
    }

    /** Through a temporary file in the same folder and a rename; creates the folder when needed. */
    static void write(Path file, String content) throws DriftguardException {
        Path absolute = file.toAbsolutePath();
        Path temp = null;
        try {
            Files.createDirectories(absolute.getParent());
            temp = Files.createTempFile(absolute.getParent(), ".driftguard-", ".tmp");
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException ignored) {
                // The original failure is the one worth reporting.
            }
            throw new DriftguardException("cannot write " + file + ": " + FileProblem.reason(e), e);
        }
    }
}
