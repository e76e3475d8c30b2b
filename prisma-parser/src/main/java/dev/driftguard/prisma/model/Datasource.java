package dev.driftguard.prisma.model;

import java.util.List;

/**
 * The {@code datasource} block.
 *
 * @param schemas     the {@code schemas} list (multi-schema); empty means only the default schema
 * @param foreignKeys false under {@code relationMode = "prisma"}, where Prisma creates no foreign keys
 */
public record Datasource(String name, String provider, List<String> schemas, List<DatasourceExtension> extensions,
                         boolean foreignKeys) {

    public Datasource {
        schemas = List.copyOf(schemas);
        extensions = List.copyOf(extensions);
    }
}
