package dev.driftguard.catalog;

import java.util.Optional;

/** An extension the server could install: a row of {@code pg_available_extensions}. */
public record AvailableExtension(String name, Optional<String> defaultVersion) {
}
