package dev.driftguard.catalog;

import java.util.List;
import java.util.Optional;

/**
 * An index. The index lives in its table's schema.
 *
 * @param keys      key columns or expressions as written ({@code "email"}, {@code lower(email)}),
 *                  with opclass and ordering when not the default
 * @param method    access method: {@code btree}, {@code gin}, {@code gist}, {@code brin}, {@code hash}, {@code spgist}
 * @param predicate the {@code WHERE} of a partial index
 * @param valid     false for an index left invalid by a failed {@code CREATE INDEX CONCURRENTLY}
 */
public record Index(QualifiedName name, QualifiedName table, boolean unique, boolean primary, String method,
                    List<String> keys, Optional<String> predicate, boolean valid) {

    public Index {
        keys = List.copyOf(keys);
    }

    public Index withName(QualifiedName newName) {
        return new Index(newName, table, unique, primary, method, keys, predicate, valid);
    }

    public Index withTable(QualifiedName newTable) {
        return new Index(name, newTable, unique, primary, method, keys, predicate, valid);
    }
}
