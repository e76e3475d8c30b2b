package dev.driftguard.prisma.ast;

import java.util.Optional;

/**
 * The type of a field: a name, or {@code Unsupported("...")}, with its list and optional markers.
 *
 * @param name        {@code String}, a model or enum name, or {@code Unsupported}
 * @param unsupported the raw database type of {@code Unsupported("vector(1536)")}
 */
public record FieldType(Name name, Optional<String> unsupported, boolean list, boolean optional, Span span) {
}
