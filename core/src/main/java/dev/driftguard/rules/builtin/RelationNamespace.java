package dev.driftguard.rules.builtin;

import dev.driftguard.catalog.CatalogView;
import dev.driftguard.catalog.QualifiedName;
import dev.driftguard.catalog.Table;
import dev.driftguard.sql.SqlName;
import java.util.List;
import java.util.Optional;

/**
 * The namespace that tables, views, materialized views, indexes and sequences share in each schema. PostgreSQL looks
 * a relation's name up along the {@code search_path} without regard to its kind, and checks the kind only on what it
 * found: {@code DROP TABLE "v"} finds the view {@code "v"} and refuses it, even when a table {@code "v"} sits in a
 * later schema of the path.
 */
final class RelationNamespace {

    /** What a relation is, as PostgreSQL's messages name it. */
    enum Kind {
        TABLE("a table", "table", "DROP TABLE"),
        VIEW("a view", "view", "DROP VIEW"),
        MATERIALIZED_VIEW("a materialized view", "materialized view", "DROP MATERIALIZED VIEW"),
        INDEX("an index", "index", "DROP INDEX"),
        SEQUENCE("a sequence", "sequence", "DROP SEQUENCE"),
        FOREIGN_TABLE("a foreign table", "foreign table", "DROP FOREIGN TABLE");

        private final String withArticle;
        private final String noun;
        private final String drop;

        Kind(String withArticle, String noun, String drop) {
            this.withArticle = withArticle;
            this.noun = noun;
            this.drop = drop;
        }

        /** "a view", "an index". */
        String withArticle() {
            return withArticle;
        }

        /** "view", "index". */
        String noun() {
            return noun;
        }

        /** The statement that drops a relation of this kind. */
        String drop() {
            return drop;
        }

        static Kind of(Table table) {
            return switch (table.kind()) {
                case TABLE, PARTITIONED_TABLE -> TABLE;
                case VIEW -> VIEW;
                case MATERIALIZED_VIEW -> MATERIALIZED_VIEW;
                case FOREIGN_TABLE -> FOREIGN_TABLE;
            };
        }
    }

    /** A relation found under a name. */
    record Relation(QualifiedName name, Kind kind) {
    }

    /** A name of a {@code DROP} that found a relation of another kind than the statement drops. */
    record WrongKind(SqlName written, Relation found) {
    }

    private RelationNamespace() {
    }

    /** The relation a name finds: in the schema written, else in the first {@code search_path} schema that has one. */
    static Optional<Relation> resolve(CatalogView catalog, SqlName name) {
        for (String schema : name.schema().map(List::of).orElse(catalog.searchPath())) {
            Optional<Relation> found = in(catalog, QualifiedName.of(schema, name.name()));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The relation of exactly this schema and name. */
    static Optional<Relation> in(CatalogView catalog, QualifiedName name) {
        Optional<Table> table = catalog.table(name);
        if (table.isPresent()) {
            return Optional.of(new Relation(name, Kind.of(table.get())));
        }
        if (catalog.index(name).isPresent()) {
            return Optional.of(new Relation(name, Kind.INDEX));
        }
        if (catalog.resolveSequence(Optional.of(name.schema()), name.name()).isPresent()) {
            return Optional.of(new Relation(name, Kind.SEQUENCE));
        }
        return Optional.empty();
    }

    /**
     * The first name of a {@code DROP TABLE|VIEW|MATERIALIZED VIEW|INDEX|SEQUENCE} that finds a relation of another
     * kind. PostgreSQL looks the names up in the order written ({@code RemoveRelations}), before it deletes anything
     * or asks what depends on them, and {@code IF EXISTS} only forgives a name that finds nothing. Empty when an
     * earlier name finds nothing and the statement has no {@code IF EXISTS} (it fails on that name first), and when a
     * name finds a foreign table: the model seldom knows one, and no fixture can make one to prove the message.
     */
    static Optional<WrongKind> wrongKindDropped(CatalogView catalog, List<SqlName> names, boolean ifExists,
                                                Kind dropped) {
        for (SqlName name : names) {
            Optional<Relation> found = resolve(catalog, name);
            if (found.isEmpty()) {
                if (!ifExists) {
                    return Optional.empty();
                }
                continue;
            }
            Kind kind = found.get().kind();
            if (kind == Kind.FOREIGN_TABLE) {
                return Optional.empty();
            }
            if (kind != dropped) {
                return Optional.of(new WrongKind(name, found.get()));
            }
        }
        return Optional.empty();
    }
}
