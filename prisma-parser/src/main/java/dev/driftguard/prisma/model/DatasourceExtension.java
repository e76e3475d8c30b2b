package dev.driftguard.prisma.model;

import dev.driftguard.prisma.ast.Span;
import java.util.Optional;

/**
 * One entry of {@code extensions = [...]}: {@code vector}, or {@code pg_trgm(schema: "ext", version: "1.6")}, or
 * {@code uuidOssp(map: "uuid-ossp")}.
 *
 * @param name   the name in the schema
 * @param dbName the extension's database name: {@code map:} or else {@code name}
 */
public record DatasourceExtension(String name, String dbName, Optional<String> schema, Optional<String> version,
                                  Span span) {
}
