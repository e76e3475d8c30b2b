package dev.driftguard.catalog;

import java.util.Optional;

/** An installed extension. */
public record Extension(String name, Optional<String> version, String schema) {
}
