package dev.driftguard.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL database's schema: what introspection reads, what a snapshot stores, what the Prisma schema maps
 * to and what replay starts from. Names are stored as PostgreSQL stores them.
 *
 * @param serverVersion       the server's version, when known
 * @param searchPath          the effective {@code search_path}, first schema first
 * @param schemas             user-visible schemas
 * @param availableExtensions {@code pg_available_extensions}, when known; empty means "not known", not "none"
 * @param viewDependencies    what each view reads, when known (snapshots written before it was read have none)
 * @param policyDependencies  what each row-level security policy reads, when known (likewise)
 */
public record Catalog(Optional<ServerVersion> serverVersion, List<String> searchPath, List<String> schemas,
                      List<Table> tables, List<Index> indexes, List<Constraint> constraints, List<EnumType> enums,
                      List<Domain> domains, List<Sequence> sequences, List<Extension> extensions,
                      Optional<List<AvailableExtension>> availableExtensions, List<Function> functions,
                      Optional<List<ViewDependency>> viewDependencies,
                      Optional<List<PolicyDependency>> policyDependencies) {

    public Catalog {
        viewDependencies = viewDependencies.map(List::copyOf);
        policyDependencies = policyDependencies.map(List::copyOf);
        searchPath = List.copyOf(searchPath);
        schemas = List.copyOf(schemas);
        tables = List.copyOf(tables);
        indexes = List.copyOf(indexes);
        constraints = List.copyOf(constraints);
        enums = List.copyOf(enums);
        domains = List.copyOf(domains);
        sequences = List.copyOf(sequences);
        extensions = List.copyOf(extensions);
        availableExtensions = availableExtensions.map(List::copyOf);
        functions = List.copyOf(functions);
    }

    /** A catalog whose policies' dependencies are not known. */
    public Catalog(Optional<ServerVersion> serverVersion, List<String> searchPath, List<String> schemas,
                   List<Table> tables, List<Index> indexes, List<Constraint> constraints, List<EnumType> enums,
                   List<Domain> domains, List<Sequence> sequences, List<Extension> extensions,
                   Optional<List<AvailableExtension>> availableExtensions, List<Function> functions,
                   Optional<List<ViewDependency>> viewDependencies) {
        this(serverVersion, searchPath, schemas, tables, indexes, constraints, enums, domains, sequences, extensions,
                availableExtensions, functions, viewDependencies, Optional.empty());
    }

    /** A catalog whose views' and policies' dependencies are not known. */
    public Catalog(Optional<ServerVersion> serverVersion, List<String> searchPath, List<String> schemas,
                   List<Table> tables, List<Index> indexes, List<Constraint> constraints, List<EnumType> enums,
                   List<Domain> domains, List<Sequence> sequences, List<Extension> extensions,
                   Optional<List<AvailableExtension>> availableExtensions, List<Function> functions) {
        this(serverVersion, searchPath, schemas, tables, indexes, constraints, enums, domains, sequences, extensions,
                availableExtensions, functions, Optional.empty(), Optional.empty());
    }

    /** A freshly created database: only {@code public}, nothing in it, server unknown. */
    public static Catalog empty() {
        return new Catalog(Optional.empty(), List.of("public"), List.of("public"), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), Optional.empty(), List.of());
    }

    public Optional<Table> table(QualifiedName name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<EnumType> enumType(QualifiedName name) {
        return enums.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public Optional<Extension> extension(String name) {
        return extensions.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public List<Index> indexesOf(QualifiedName table) {
        return indexes.stream().filter(i -> i.table().equals(table)).toList();
    }

    public List<Constraint> constraintsOf(QualifiedName table) {
        return constraints.stream().filter(c -> c.table().equals(table)).toList();
    }

    public Catalog withServerVersion(Optional<ServerVersion> version) {
        return new Catalog(version, searchPath, schemas, tables, indexes, constraints, enums, domains, sequences,
                extensions, availableExtensions, functions, viewDependencies, policyDependencies);
    }
}
