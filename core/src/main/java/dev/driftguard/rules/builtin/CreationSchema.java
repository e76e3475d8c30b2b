package dev.driftguard.rules.builtin;

import dev.driftguard.catalog.CatalogView;
import dev.driftguard.catalog.QualifiedName;
import java.util.Optional;

/** Where PostgreSQL puts a new object: the schema written, else the first {@code search_path} schema that exists. */
final class CreationSchema {

    private CreationSchema() {
    }

    /** Empty when the name is unqualified and no {@code search_path} schema exists. */
    static Optional<String> of(CatalogView catalog, Optional<String> written) {
        if (written.isPresent()) {
            return written;
        }
        return catalog.searchPath().stream().filter(catalog::hasSchema).findFirst();
    }

    static Optional<QualifiedName> qualify(CatalogView catalog, Optional<String> schema, String name) {
        return of(catalog, schema).map(s -> QualifiedName.of(s, name));
    }
}
