package dev.driftguard.schema;

import dev.driftguard.Location;
import java.util.Optional;

/** An extension the schema requires, e.g. {@code extensions = [vector]} in a Prisma datasource. */
public record DeclaredExtension(String name, Optional<String> schema, Optional<String> version,
                                Optional<Location> location) {
}
