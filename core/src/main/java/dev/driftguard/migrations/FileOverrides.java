package dev.driftguard.migrations;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Text that stands in for some project files during one run, as an editor's unsaved buffers do: every migration tool
 * and the schema reader take an overridden file's text from here instead of from disk, so that findings describe
 * what the user sees. Only files that exist are overridden; a folder's listing still comes from disk.
 *
 * @param texts the replacing text of each file, keyed by absolute, normalized path
 */
public record FileOverrides(Map<Path, String> texts) {

    public FileOverrides {
        Map<Path, String> normalized = new LinkedHashMap<>();
        texts.forEach((path, text) -> normalized.put(key(path), Objects.requireNonNull(text, "text")));
        texts = Map.copyOf(normalized);
    }

    /** No file is overridden: everything is read from disk. */
    public static FileOverrides none() {
        return new FileOverrides(Map.of());
    }

    /** A copy in which {@code file} reads as {@code text}. */
    public FileOverrides with(Path file, String text) {
        Map<Path, String> more = new LinkedHashMap<>(texts);
        more.put(key(file), text);
        return new FileOverrides(more);
    }

    /** The text that replaces {@code file}, when it is overridden. */
    public Optional<String> text(Path file) {
        return texts.isEmpty() ? Optional.empty() : Optional.ofNullable(texts.get(key(file)));
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
