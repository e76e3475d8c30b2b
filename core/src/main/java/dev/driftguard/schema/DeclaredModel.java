package dev.driftguard.schema;

import dev.driftguard.Location;
import dev.driftguard.catalog.QualifiedName;
import java.util.Optional;

/**
 * A model (or implicit join table) of the declared schema and the table it maps to.
 *
 * @param modelName the name in the schema file, e.g. {@code SocialPost}; for an implicit many-to-many table its
 *                  table name
 * @param location  where it is declared
 */
public record DeclaredModel(String modelName, QualifiedName table, Optional<Location> location) {
}
