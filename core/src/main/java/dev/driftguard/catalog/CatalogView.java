package dev.driftguard.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Read access to a catalog as it stands at one point of a replay. Lookups take names as PostgreSQL stores them;
 * the {@code resolve*} methods apply the {@code search_path} to an unqualified name the way PostgreSQL does.
 */
public interface CatalogView {

    Optional<ServerVersion> serverVersion();

    List<String> searchPath();

    boolean hasSchema(String schema);

    Optional<Table> table(QualifiedName name);

    /**
     * Whether the model knows every column of this relation. It does not for tables made by {@code CREATE TABLE AS},
     * {@code SELECT INTO} or {@code LIKE} an unknown source, whose columns come from a query it does not evaluate.
     */
    default boolean columnsKnown(Table table) {
        return !table.columns().isEmpty();
    }

    /** The first relation named {@code name} in a {@code search_path} schema, or in {@code schema} when given. */
    Optional<Table> resolveTable(Optional<String> schema, String name);

    Optional<Index> index(QualifiedName name);

    Optional<Index> resolveIndex(Optional<String> schema, String name);

    List<Index> indexesOf(QualifiedName table);

    List<Constraint> constraintsOf(QualifiedName table);

    Optional<EnumType> resolveEnum(Optional<String> schema, String name);

    /**
     * True when a type of this name exists: built in, an enum, a domain, a composite or range type, a table's row
     * type, or one an installed extension created.
     */
    boolean typeExists(Optional<String> schema, String name);

    Optional<Extension> extension(String name);

    /** What the server could install; empty when not known. */
    Optional<List<AvailableExtension>> availableExtensions();

    /** User-defined functions visible under this name, any schema on the search path or the given one. */
    List<Function> resolveFunctions(Optional<String> schema, String name);

    Optional<Sequence> resolveSequence(Optional<String> schema, String name);

    /** An immutable copy of the whole state. */
    Catalog toCatalog();

    /** The views that read {@code relation} or one of its columns; empty when none, or when not known. */
    default List<ViewDependency> viewsReading(QualifiedName relation) {
        return List.of();
    }

    /**
     * The row-level security policies that read {@code relation} or one of its columns (a policy on the relation
     * itself included); empty when none, or when not known.
     */
    default List<PolicyDependency> policiesReading(QualifiedName relation) {
        return List.of();
    }

    /** Every relation, in no particular order; a view of the current state, not a copy. */
    default Collection<Table> tables() {
        return toCatalog().tables();
    }

    /** The partitions of a partitioned table (not theirs). */
    default List<Table> partitionsOf(QualifiedName table) {
        return tables().stream().filter(t -> t.partitionOf().equals(Optional.of(table))).toList();
    }

    /** Foreign keys of any table that reference {@code table}. */
    default List<Constraint> foreignKeysReferencing(QualifiedName table) {
        return toCatalog().constraints().stream().filter(c -> c.kind() == ConstraintKind.FOREIGN_KEY
                && c.referencedTable().equals(Optional.of(table))).toList();
    }
}
