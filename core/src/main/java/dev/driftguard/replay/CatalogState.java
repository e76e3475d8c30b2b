package dev.driftguard.replay;

import dev.driftguard.catalog.AvailableExtension;
import dev.driftguard.catalog.Catalog;
import dev.driftguard.catalog.CatalogView;
import dev.driftguard.catalog.Constraint;
import dev.driftguard.catalog.ConstraintKind;
import dev.driftguard.catalog.Domain;
import dev.driftguard.catalog.EnumType;
import dev.driftguard.catalog.Extension;
import dev.driftguard.catalog.ExtensionTypes;
import dev.driftguard.catalog.Function;
import dev.driftguard.catalog.Index;
import dev.driftguard.catalog.PolicyDependency;
import dev.driftguard.catalog.QualifiedName;
import dev.driftguard.catalog.Sequence;
import dev.driftguard.catalog.ServerVersion;
import dev.driftguard.catalog.Table;
import dev.driftguard.catalog.ViewDependency;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The catalog during replay. Mutable, because copying an immutable catalog per statement would make long histories
 * quadratic; it is confined to one replay and handed to rules only as a {@link CatalogView}.
 */
final class CatalogState implements CatalogView {

    private final Optional<ServerVersion> serverVersion;
    private final List<String> searchPath;
    private final Set<String> schemas = new LinkedHashSet<>();
    final Map<QualifiedName, Table> tables = new LinkedHashMap<>();
    final IndexMap indexes;
    final Map<QualifiedName, List<Constraint>> constraints = new LinkedHashMap<>();
    final Map<QualifiedName, EnumType> enums = new LinkedHashMap<>();
    final Map<QualifiedName, Domain> domains = new LinkedHashMap<>();
    final Map<QualifiedName, Sequence> sequences = new LinkedHashMap<>();
    /** Composite, range and other types the model does not describe further, by the extension or statement that made them. */
    final Set<QualifiedName> otherTypes = new HashSet<>();
    final Map<String, Extension> extensions = new LinkedHashMap<>();
    final Map<QualifiedName, List<Function>> functions = new LinkedHashMap<>();
    /** What each view reads; kept through renames, dropped with the view. */
    final List<ViewDependency> viewDependencies = new ArrayList<>();
    private final boolean viewDependenciesKnown;
    /** What each policy reads; kept through renames, dropped with the policy or its table. */
    final List<PolicyDependency> policyDependencies = new ArrayList<>();
    private final boolean policyDependenciesKnown;
    private final Optional<List<AvailableExtension>> availableExtensions;
    private final BiPredicate<Integer, String> builtinType;
    private final int major;
    /**
     * For each table replay created, the ordinal of the migration that created it (a rename keeps it): answers "is
     * this table new in this migration" without copying every table name at every migration.
     */
    private final Map<QualifiedName, Integer> bornIn = new HashMap<>();
    /** Enum labels replay added, with the ordinal of the migration that added them (not the no-op IF NOT EXISTS). */
    private final Map<QualifiedName, Map<String, Integer>> labelsBornIn = new HashMap<>();
    private int migrationOrdinal = -1;
    /** Relations whose columns come from a query or an unknown source: the model holds only some of them. */
    private final Set<QualifiedName> columnsUnknown = new HashSet<>();

    CatalogState(Catalog catalog, int major, BiPredicate<Integer, String> builtinType) {
        this.serverVersion = catalog.serverVersion();
        this.searchPath = catalog.searchPath().isEmpty() ? List.of("public") : catalog.searchPath();
        this.availableExtensions = catalog.availableExtensions();
        this.builtinType = builtinType;
        this.major = major;
        this.indexes = new IndexMap();
        schemas.addAll(catalog.schemas());
        catalog.tables().forEach(t -> tables.put(t.name(), t));
        catalog.indexes().forEach(i -> indexes.put(i.name(), i));
        catalog.constraints().forEach(c -> constraints.computeIfAbsent(c.table(), k -> new ArrayList<>()).add(c));
        catalog.enums().forEach(e -> enums.put(e.name(), e));
        catalog.domains().forEach(d -> domains.put(d.name(), d));
        catalog.sequences().forEach(s -> sequences.put(s.name(), s));
        catalog.extensions().forEach(this::addExtension);
        catalog.functions().forEach(f -> functions.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f));
        catalog.viewDependencies().ifPresent(viewDependencies::addAll);
        this.viewDependenciesKnown = catalog.viewDependencies().isPresent();
        catalog.policyDependencies().ifPresent(policyDependencies::addAll);
        this.policyDependenciesKnown = catalog.policyDependencies().isPresent();
    }

    /**
     * An independent copy of {@code other}, as it stands, for a replay that goes on from here more than once (an
     * editor's incremental runs). The model's records are immutable and shared; every collection is copied, lists
     * and sets inside maps too, since replay changes them in place.
     */
    CatalogState(CatalogState other) {
        this.serverVersion = other.serverVersion;
        this.searchPath = other.searchPath;
        this.availableExtensions = other.availableExtensions;
        this.builtinType = other.builtinType;
        this.major = other.major;
        this.viewDependenciesKnown = other.viewDependenciesKnown;
        this.policyDependenciesKnown = other.policyDependenciesKnown;
        this.migrationOrdinal = other.migrationOrdinal;
        this.indexes = other.indexes.copy();
        schemas.addAll(other.schemas);
        tables.putAll(other.tables);
        other.constraints.forEach((table, list) -> constraints.put(table, new ArrayList<>(list)));
        enums.putAll(other.enums);
        domains.putAll(other.domains);
        sequences.putAll(other.sequences);
        otherTypes.addAll(other.otherTypes);
        extensions.putAll(other.extensions);
        other.functions.forEach((name, list) -> functions.put(name, new ArrayList<>(list)));
        viewDependencies.addAll(other.viewDependencies);
        policyDependencies.addAll(other.policyDependencies);
        bornIn.putAll(other.bornIn);
        other.labelsBornIn.forEach((type, labels) -> labelsBornIn.put(type, new HashMap<>(labels)));
        columnsUnknown.addAll(other.columnsUnknown);
    }

    @Override
    public Collection<Table> tables() {
        return Collections.unmodifiableCollection(tables.values());
    }

    @Override
    public List<Constraint> foreignKeysReferencing(QualifiedName table) {
        List<Constraint> keys = new ArrayList<>();
        for (List<Constraint> list : constraints.values()) {
            for (Constraint c : list) {
                if (c.kind() == ConstraintKind.FOREIGN_KEY
                        && c.referencedTable().equals(Optional.of(table))) {
                    keys.add(c);
                }
            }
        }
        return keys;
    }

    @Override
    public List<ViewDependency> viewsReading(QualifiedName relation) {
        return viewDependencies.stream().filter(d -> d.relation().equals(relation)).toList();
    }

    @Override
    public List<PolicyDependency> policiesReading(QualifiedName relation) {
        return policyDependencies.stream().filter(d -> d.relation().equals(relation)).toList();
    }

    /**
     * A relation was renamed or moved: the views and policies reading it go on reading it under its new name, and
     * its policies go with it.
     */
    void viewDependenciesMoved(QualifiedName from, QualifiedName to) {
        viewDependencies.replaceAll(d -> new ViewDependency(d.view().equals(from) ? to : d.view(),
                d.relation().equals(from) ? to : d.relation(), d.column()));
        policyDependencies.replaceAll(d -> new PolicyDependency(d.table().equals(from) ? to : d.table(), d.policy(),
                d.relation().equals(from) ? to : d.relation(), d.column()));
    }

    void viewDependenciesColumnRenamed(QualifiedName relation, String from, String to) {
        viewDependencies.replaceAll(d -> d.relation().equals(relation) && d.column().equals(Optional.of(from))
                ? new ViewDependency(d.view(), relation, Optional.of(to)) : d);
        policyDependencies.replaceAll(d -> d.relation().equals(relation) && d.column().equals(Optional.of(from))
                ? new PolicyDependency(d.table(), d.policy(), relation, Optional.of(to)) : d);
    }

    /** A policy was created: it reads these (a policy of that name on that table read nothing before). */
    void policyReads(QualifiedName table, String policy, List<PolicyDependency> reads) {
        policyDropped(table, policy);
        policyDependencies.addAll(reads);
    }

    void policyDropped(QualifiedName table, String policy) {
        policyDependencies.removeIf(d -> d.table().equals(table) && d.policy().equals(policy));
    }

    void policyRenamed(QualifiedName table, String from, String to) {
        policyDependencies.replaceAll(d -> d.table().equals(table) && d.policy().equals(from)
                ? new PolicyDependency(table, to, d.relation(), d.column()) : d);
    }

    /** The view is gone: what it read is free again. */
    void viewDropped(QualifiedName view) {
        viewDependencies.removeIf(d -> d.view().equals(view));
    }

    /** A view was created, or replaced: it now reads these. */
    void viewReads(QualifiedName view, List<ViewDependency> reads) {
        viewDependencies.removeIf(d -> d.view().equals(view));
        viewDependencies.addAll(reads);
    }

    int major() {
        return major;
    }

    /** Marks the start of the next migration; tables created from now on are new in it. */
    void startMigration(int ordinal) {
        migrationOrdinal = ordinal;
    }

    /** Records that the current migration created this table (or view). */
    void created(QualifiedName table) {
        bornIn.put(table, migrationOrdinal);
    }

    /** A renamed table is the same table: it keeps where it was born and what the model knows of its columns. */
    void moved(QualifiedName from, QualifiedName to) {
        Integer born = bornIn.remove(from);
        if (born != null) {
            bornIn.put(to, born);
        }
        if (columnsUnknown.remove(from)) {
            columnsUnknown.add(to);
        }
    }

    void columnsUnknown(QualifiedName table) {
        columnsUnknown.add(table);
    }

    void dropped(QualifiedName table) {
        columnsUnknown.remove(table);
        // Its policies go with it (an automatic dependency); so do, under CASCADE, other tables' policies reading it.
        policyDependencies.removeIf(d -> d.table().equals(table));
        Set<List<Object>> readers = new HashSet<>();
        policyDependencies.stream().filter(d -> d.relation().equals(table))
                .forEach(d -> readers.add(List.of(d.table(), d.policy())));
        policyDependencies.removeIf(d -> readers.contains(List.of(d.table(), d.policy())));
    }

    @Override
    public boolean columnsKnown(Table table) {
        return !columnsUnknown.contains(table.name()) && !table.columns().isEmpty();
    }

    boolean createdInCurrentMigration(QualifiedName table) {
        Integer born = bornIn.get(table);
        return born != null && born == migrationOrdinal;
    }

    /** Records that the current migration added this label to this enum. */
    void addedLabel(QualifiedName type, String label) {
        labelsBornIn.computeIfAbsent(type, k -> new HashMap<>()).put(label, migrationOrdinal);
    }

    boolean labelAddedInCurrentMigration(QualifiedName type, String label) {
        Integer born = labelsBornIn.getOrDefault(type, Map.of()).get(label);
        return born != null && born == migrationOrdinal;
    }

    boolean createdDuringReplay(QualifiedName table) {
        return bornIn.containsKey(table);
    }

    /** The tables that exist now and that replay created. */
    Set<QualifiedName> tablesCreated() {
        Set<QualifiedName> created = new HashSet<>();
        bornIn.keySet().forEach(t -> {
            if (tables.containsKey(t)) {
                created.add(t);
            }
        });
        return created;
    }

    void addExtension(Extension extension) {
        extensions.put(extension.name(), extension);
        ExtensionTypes.typesOf(extension.name())
                .forEach(type -> otherTypes.add(QualifiedName.of(extension.schema(), type)));
    }

    void removeExtension(String name) {
        Extension removed = extensions.remove(name);
        if (removed != null) {
            ExtensionTypes.typesOf(name).forEach(type -> otherTypes.remove(QualifiedName.of(removed.schema(), type)));
        }
    }

    void addSchema(String schema) {
        schemas.add(schema);
    }

    void removeSchema(String schema) {
        schemas.remove(schema);
    }

    /** The schema an unqualified new object goes into: the first search_path schema that exists. */
    String creationSchema() {
        for (String s : searchPath) {
            if (schemas.contains(s)) {
                return s;
            }
        }
        return "public";
    }

    QualifiedName qualifyForCreation(Optional<String> schema, String name) {
        return QualifiedName.of(schema.orElseGet(this::creationSchema), name);
    }

    @Override
    public Optional<ServerVersion> serverVersion() {
        return serverVersion;
    }

    @Override
    public List<String> searchPath() {
        return searchPath;
    }

    @Override
    public boolean hasSchema(String schema) {
        return schemas.contains(schema) || schema.equals("pg_catalog") || schema.equals("information_schema");
    }

    @Override
    public Optional<Table> table(QualifiedName name) {
        return Optional.ofNullable(tables.get(name));
    }

    @Override
    public Optional<Table> resolveTable(Optional<String> schema, String name) {
        return resolve(schema, name, tables);
    }

    @Override
    public Optional<Index> index(QualifiedName name) {
        return Optional.ofNullable(indexes.get(name));
    }

    @Override
    public Optional<Index> resolveIndex(Optional<String> schema, String name) {
        return resolve(schema, name, indexes);
    }

    @Override
    public List<Index> indexesOf(QualifiedName table) {
        return indexes.of(table);
    }

    @Override
    public List<Constraint> constraintsOf(QualifiedName table) {
        return List.copyOf(constraints.getOrDefault(table, List.of()));
    }

    @Override
    public Optional<EnumType> resolveEnum(Optional<String> schema, String name) {
        return resolve(schema, name, enums);
    }

    @Override
    public boolean typeExists(Optional<String> schema, String name) {
        if ((schema.isEmpty() || schema.get().equals("pg_catalog")) && builtinType.test(major, name)) {
            return true;
        }
        for (String s : schema.map(List::of).orElse(searchPath)) {
            QualifiedName qn = QualifiedName.of(s, name);
            if (enums.containsKey(qn) || domains.containsKey(qn) || otherTypes.contains(qn) || tables.containsKey(qn)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<Extension> extension(String name) {
        return Optional.ofNullable(extensions.get(name));
    }

    @Override
    public Optional<List<AvailableExtension>> availableExtensions() {
        return availableExtensions;
    }

    @Override
    public List<Function> resolveFunctions(Optional<String> schema, String name) {
        List<Function> found = new ArrayList<>();
        for (String s : schema.map(List::of).orElse(searchPath)) {
            found.addAll(functions.getOrDefault(QualifiedName.of(s, name), List.of()));
        }
        return found;
    }

    @Override
    public Optional<Sequence> resolveSequence(Optional<String> schema, String name) {
        return resolve(schema, name, sequences);
    }

    /** Any relation-namespace object (table, view, index, sequence) of this name in this schema. */
    boolean relationNameTaken(QualifiedName name) {
        return tables.containsKey(name) || indexes.containsKey(name) || sequences.containsKey(name);
    }

    Optional<Constraint> constraint(QualifiedName table, String name) {
        return constraints.getOrDefault(table, List.of()).stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private <T> Optional<T> resolve(Optional<String> schema, String name, Map<QualifiedName, T> map) {
        if (schema.isPresent()) {
            return Optional.ofNullable(map.get(QualifiedName.of(schema.get(), name)));
        }
        for (String s : searchPath) {
            T found = map.get(QualifiedName.of(s, name));
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    @Override
    public Catalog toCatalog() {
        List<Constraint> allConstraints = new ArrayList<>();
        constraints.values().forEach(allConstraints::addAll);
        List<Function> allFunctions = new ArrayList<>();
        functions.values().forEach(allFunctions::addAll);
        return new Catalog(serverVersion, searchPath, List.copyOf(schemas), List.copyOf(tables.values()),
                List.copyOf(indexes.values()), allConstraints, List.copyOf(enums.values()),
                List.copyOf(domains.values()), List.copyOf(sequences.values()), List.copyOf(extensions.values()),
                availableExtensions, allFunctions,
                viewDependenciesKnown || !viewDependencies.isEmpty()
                        ? Optional.of(List.copyOf(viewDependencies)) : Optional.empty(),
                policyDependenciesKnown || !policyDependencies.isEmpty()
                        ? Optional.of(List.copyOf(policyDependencies)) : Optional.empty());
    }
}
