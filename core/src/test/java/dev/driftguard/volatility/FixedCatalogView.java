package dev.driftguard.volatility;

import dev.driftguard.catalog.AvailableExtension;
import dev.driftguard.catalog.Catalog;
import dev.driftguard.catalog.CatalogView;
import dev.driftguard.catalog.Constraint;
import dev.driftguard.catalog.Domain;
import dev.driftguard.catalog.EnumType;
import dev.driftguard.catalog.Extension;
import dev.driftguard.catalog.Function;
import dev.driftguard.catalog.Index;
import dev.driftguard.catalog.QualifiedName;
import dev.driftguard.catalog.Sequence;
import dev.driftguard.catalog.ServerVersion;
import dev.driftguard.catalog.Table;
import java.util.List;
import java.util.Optional;

/** A catalog of user enums, domains and functions in {@code public}, all the analyzer asks a catalog for. */
record FixedCatalogView(List<EnumType> enums, List<Domain> domains, List<Function> functions) implements CatalogView {

    @Override
    public Optional<ServerVersion> serverVersion() {
        return Optional.empty();
    }

    @Override
    public List<String> searchPath() {
        return List.of("public");
    }

    @Override
    public boolean hasSchema(String schema) {
        return schema.equals("public");
    }

    @Override
    public Optional<Table> table(QualifiedName name) {
        return Optional.empty();
    }

    @Override
    public Optional<Table> resolveTable(Optional<String> schema, String name) {
        return Optional.empty();
    }

    @Override
    public Optional<Index> index(QualifiedName name) {
        return Optional.empty();
    }

    @Override
    public Optional<Index> resolveIndex(Optional<String> schema, String name) {
        return Optional.empty();
    }

    @Override
    public List<Index> indexesOf(QualifiedName table) {
        return List.of();
    }

    @Override
    public List<Constraint> constraintsOf(QualifiedName table) {
        return List.of();
    }

    @Override
    public Optional<EnumType> resolveEnum(Optional<String> schema, String name) {
        return enums.stream().filter(e -> e.name().equals(QualifiedName.of(schema.orElse("public"), name)))
                .findFirst();
    }

    @Override
    public boolean typeExists(Optional<String> schema, String name) {
        return resolveEnum(schema, name).isPresent()
                || domains.stream().anyMatch(d -> d.name().equals(QualifiedName.of(schema.orElse("public"), name)));
    }

    @Override
    public Optional<Extension> extension(String name) {
        return Optional.empty();
    }

    @Override
    public Optional<List<AvailableExtension>> availableExtensions() {
        return Optional.empty();
    }

    @Override
    public List<Function> resolveFunctions(Optional<String> schema, String name) {
        return functions.stream()
                .filter(f -> f.name().equals(QualifiedName.of(schema.orElse("public"), name)))
                .toList();
    }

    @Override
    public Optional<Sequence> resolveSequence(Optional<String> schema, String name) {
        return Optional.empty();
    }

    @Override
    public Catalog toCatalog() {
        return new Catalog(Optional.empty(), List.of("public"), List.of("public"), List.of(), List.of(), List.of(),
                enums, domains, List.of(), List.of(), Optional.empty(), functions);
    }
}
