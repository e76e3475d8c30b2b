package dev.driftguard.replay;

import dev.driftguard.catalog.Index;
import dev.driftguard.catalog.QualifiedName;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The indexes of a replay by name, and by table: rules ask for a table's indexes at every foreign key and unique
 * constraint, and scanning all of them each time made a 5,000-migration history quadratic (20,000 indexes by the
 * end). Reads are views; every change goes through the methods here, which keep both maps in step.
 */
final class IndexMap extends AbstractMap<QualifiedName, Index> {

    private final Map<QualifiedName, Index> byName = new LinkedHashMap<>();
    private final Map<QualifiedName, Set<QualifiedName>> byTable = new HashMap<>();

    /** An independent copy: changes to either leave the other as it was. */
    IndexMap copy() {
        IndexMap copy = new IndexMap();
        copy.byName.putAll(byName);
        byTable.forEach((table, names) -> copy.byTable.put(table, new LinkedHashSet<>(names)));
        return copy;
    }

    @Override
    public Index get(Object name) {
        return byName.get(name);
    }

    @Override
    public boolean containsKey(Object name) {
        return byName.containsKey(name);
    }

    @Override
    public Index put(QualifiedName name, Index index) {
        Index old = byName.put(name, index);
        if (old != null && old.table().equals(index.table())) {
            return old; // same table: keep its place in the table's creation order
        }
        if (old != null) {
            unlink(name, old);
        }
        byTable.computeIfAbsent(index.table(), t -> new LinkedHashSet<>()).add(name);
        return old;
    }

    @Override
    public Index putIfAbsent(QualifiedName name, Index index) {
        Index old = byName.get(name);
        return old != null ? old : put(name, index);
    }

    @Override
    public Index remove(Object name) {
        Index old = byName.remove(name);
        if (old != null) {
            unlink((QualifiedName) name, old);
        }
        return old;
    }

    @Override
    public void replaceAll(BiFunction<? super QualifiedName, ? super Index, ? extends Index> change) {
        for (Map.Entry<QualifiedName, Index> e : new ArrayList<>(byName.entrySet())) {
            Index changed = change.apply(e.getKey(), e.getValue());
            if (changed != e.getValue()) {
                put(e.getKey(), changed);
            }
        }
    }

    /** Removes the indexes of {@code table} that match. */
    void removeIf(QualifiedName table, Predicate<Index> drop) {
        for (QualifiedName name : namesOf(table)) {
            if (drop.test(byName.get(name))) {
                remove(name);
            }
        }
    }

    /** The indexes of one table, in the order they were created. */
    List<Index> of(QualifiedName table) {
        Set<QualifiedName> names = byTable.get(table);
        if (names == null) {
            return List.of();
        }
        List<Index> indexes = new ArrayList<>(names.size());
        names.forEach(n -> indexes.add(byName.get(n)));
        return indexes;
    }

    /** Changes the indexes of {@code table} only. */
    void replaceOf(QualifiedName table, UnaryOperator<Index> change) {
        for (QualifiedName name : namesOf(table)) {
            Index index = byName.get(name);
            Index changed = change.apply(index);
            if (changed != index) {
                put(name, changed);
            }
        }
    }

    private List<QualifiedName> namesOf(QualifiedName table) {
        Set<QualifiedName> names = byTable.get(table);
        return names == null ? List.of() : List.copyOf(names);
    }

    private void unlink(QualifiedName name, Index index) {
        Set<QualifiedName> names = byTable.get(index.table());
        if (names != null) {
            names.remove(name);
            if (names.isEmpty()) {
                byTable.remove(index.table());
            }
        }
    }

    @Override
    public Set<Map.Entry<QualifiedName, Index>> entrySet() {
        return Collections.unmodifiableMap(byName).entrySet();
    }

    @Override
    public Collection<Index> values() {
        return Collections.unmodifiableCollection(byName.values());
    }
}
