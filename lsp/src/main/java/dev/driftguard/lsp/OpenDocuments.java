package dev.driftguard.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The buffers the editor has open, by file: their text stands in for the disk's in every run. */
final class OpenDocuments {

    /** One open buffer, with the URI exactly as the client spelled it (clients differ in how they escape paths). */
    record Document(String uri, Path path, String text, int version) {
    }

    private final Map<Path, Document> documents = new ConcurrentHashMap<>();

    /** The file a URI names, when it names a local file. */
    static Optional<Path> path(String uri) {
        try {
            URI parsed = URI.create(uri);
            return "file".equalsIgnoreCase(parsed.getScheme())
                    ? Optional.of(Path.of(parsed).toAbsolutePath().normalize()) : Optional.empty();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    Optional<Document> put(String uri, String text, int version) {
        return path(uri).map(p -> {
            Document doc = new Document(uri, p, text, version);
            documents.put(p, doc);
            return doc;
        });
    }

    void remove(String uri) {
        path(uri).ifPresent(documents::remove);
    }

    Optional<Document> get(String uri) {
        return path(uri).flatMap(p -> Optional.ofNullable(documents.get(p)));
    }

    Optional<Document> get(Path path) {
        return Optional.ofNullable(documents.get(path.toAbsolutePath().normalize()));
    }

    /** Every open buffer as it is now, by file. */
    Map<Path, Document> snapshot() {
        return Map.copyOf(documents);
    }

    /** Every open buffer's text, by file. */
    Map<Path, String> texts() {
        Map<Path, String> texts = new LinkedHashMap<>();
        documents.forEach((p, d) -> texts.put(p, d.text()));
        return texts;
    }

    /** The URI to publish a file's diagnostics under: the client's own when it has the file open. */
    String uriOf(Path path) {
        Path normalized = path.toAbsolutePath().normalize();
        Document doc = documents.get(normalized);
        return doc != null ? doc.uri() : normalized.toUri().toString();
    }
}
